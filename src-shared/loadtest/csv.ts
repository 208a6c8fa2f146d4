/**
 * A small RFC 4180 CSV reader for load-test result files: quoted fields (with "" for a quote, commas
 * and line breaks inside), CRLF or LF line ends, a UTF-8 byte-order mark. It reads text only; what the
 * columns mean is up to each format.
 */

/** Rows of fields, or where the text stops being CSV. */
export type CsvParse = { ok: true; rows: string[][] } | { ok: false; message: string };

/** Splits CSV text into rows of fields; blank lines are skipped. */
export function parseCsv(text: string): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0]!.trim() !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field.trim() !== '') return { ok: false, message: `line ${line}: a quote inside an unquoted field` };
      field = '';
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
    } else field += c;
  }
  if (quoted) return { ok: false, message: `line ${line}: a quoted field is not closed` };
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell as a number when it is written as one ("1.5", "2e3"), else the text as it is (for the message). */
export function numberCell(text: string): number | string {
  return NUMBER.test(text) ? Number(text) : text;
}
