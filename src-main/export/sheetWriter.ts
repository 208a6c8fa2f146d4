/**
 * Writes one worksheet row by row: a title block, tables with a header row and an autofilter, cells
 * with number formats, and formulas that carry the value the app computed (SheetJS does not calculate,
 * so Excel and LibreOffice show the stored value until they recalculate). Column widths follow the
 * longest text written in each column.
 */
import XLSX from 'xlsx';

/** Number formats used across the workbook. */
export const FORMATS = {
  usd: '"$"#,##0.00',
  /** Unit rates can be tiny ($0.0000166667 per GB-second): keep every significant digit. */
  rate: '"$"#,##0.00##########',
  quantity: '#,##0.00',
  integer: '#,##0',
  percent: '0.0%',
  decimal: 'General',
} as const;

/** A formula (without the leading "=") and the value the app computed for it. */
export interface FormulaCell {
  f: string;
  v: number | string;
  z?: string;
}

/** A number with a format. */
export interface NumberCell {
  n: number;
  z: string;
}

export type CellInput = string | number | boolean | null | undefined | FormulaCell | NumberCell;

/** An address such as "E12" (or "$E$12" when absolute). */
export function address(row: number, col: number, absolute = false): string {
  const a = XLSX.utils.encode_cell({ r: row, c: col });
  if (!absolute) return a;
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  return `$${m[1]}$${m[2]}`;
}

/** A formula cell. */
export const formula = (f: string, v: number | string, z?: string): FormulaCell =>
  z === undefined ? { f, v } : { f, v, z };
/** A formatted number. */
export const num = (n: number, z: string): NumberCell => ({ n, z });

export class SheetWriter {
  private readonly sheet: XLSX.WorkSheet = {};
  private readonly widths: number[] = [];
  private filter: string | undefined;
  private maxCol = 0;
  /** The row the next `row()` call writes (0-based). */
  next = 0;

  /** Starts the sheet with a title and lines under it, then a blank row. */
  constructor(title: string, lines: ReadonlyArray<string> = []) {
    this.row([title]);
    for (const line of lines) this.row([line]);
    this.next++;
    // The title block's long lines should not widen column A: they overflow into empty cells anyway.
    this.widths.length = 0;
  }

  /** Writes a row of cells from column 0 and returns its 0-based index. */
  row(cells: ReadonlyArray<CellInput>): number {
    const r = this.next++;
    cells.forEach((cell, c) => this.set(r, c, cell));
    return r;
  }

  /** Writes a table's header row; `finishTable` later sets the autofilter over it and its rows. */
  header(titles: ReadonlyArray<string>): number {
    return this.row(titles);
  }

  /** Sets the autofilter over a table from its header row to the last row written. */
  finishTable(headerRow: number, columns: number): void {
    const last = Math.max(headerRow, this.next - 1);
    // Only one autofilter per sheet is possible; the main table gets it.
    this.filter ??= `${address(headerRow, 0)}:${address(last, columns - 1)}`;
  }

  /** Leaves a blank row. */
  skip(rows = 1): void {
    this.next += rows;
  }

  /** Sets one cell. */
  set(r: number, c: number, input: CellInput): void {
    if (input === null || input === undefined || input === '') return;
    const cell = toCell(input);
    this.sheet[address(r, c)] = cell;
    if (c > this.maxCol) this.maxCol = c;
    const shown = displayLength(input);
    if (shown > (this.widths[c] ?? 0)) this.widths[c] = shown;
  }

  /** At least this width (characters) for a column, e.g. for a header-less title block. */
  minWidth(col: number, chars: number): void {
    if (chars > (this.widths[col] ?? 0)) this.widths[col] = chars;
  }

  /** The finished worksheet. */
  build(): XLSX.WorkSheet {
    const lastRow = Math.max(0, this.next - 1);
    this.sheet['!ref'] = `A1:${address(lastRow, this.maxCol)}`;
    this.sheet['!cols'] = Array.from({ length: this.maxCol + 1 }, (_, c) => ({
      wch: Math.min(60, Math.max(8, (this.widths[c] ?? 8) + 2)),
    }));
    if (this.filter) this.sheet['!autofilter'] = { ref: this.filter };
    return this.sheet;
  }
}

/** Excel's (and SheetJS's) limit on the text of one cell. */
export const MAX_CELL_TEXT = 32_767;
const CUT_MARK = ' … (cut: a cell holds at most 32,767 characters)';

/** Text that fits in a cell: a longer one (a "used by" list of hundreds of long names) is cut, saying so. */
export function cellText(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - CUT_MARK.length)}${CUT_MARK}`;
}

function toCell(input: Exclude<CellInput, null | undefined>): XLSX.CellObject {
  if (typeof input === 'string') return { t: 's', v: cellText(input) };
  if (typeof input === 'number') return { t: 'n', v: input };
  if (typeof input === 'boolean') return { t: 'b', v: input };
  if ('n' in input) return { t: 'n', v: input.n, z: input.z };
  const cell: XLSX.CellObject =
    typeof input.v === 'number' ? { t: 'n', v: input.v, f: input.f } : { t: 's', v: input.v, f: input.f };
  if (input.z !== undefined) cell.z = input.z;
  return cell;
}

/** Roughly how many characters the cell shows, for column widths. */
function displayLength(input: Exclude<CellInput, null | undefined>): number {
  if (typeof input === 'string') return Math.min(60, input.length);
  if (typeof input === 'boolean') return 5;
  const value = typeof input === 'number' ? input : 'n' in input ? input.n : input.v;
  if (typeof value === 'string') return value.length;
  // Formatted numbers: digits before the point, separators, and a few decimals.
  const digits = Math.abs(value) >= 1 ? Math.floor(Math.log10(Math.abs(value))) + 1 : 1;
  return digits + Math.floor(digits / 3) + 6;
}
