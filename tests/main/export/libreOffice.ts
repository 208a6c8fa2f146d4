/**
 * Recalculates workbooks with LibreOffice Calc, headless, and reads back every sheet as CSV. A fresh
 * profile folder whose settings say "always recalculate OOXML on load" makes it compute every formula
 * instead of trusting the values we stored. One soffice run converts every file given (it is slow to start).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

// Comma-separated, double quotes, UTF-8, raw values (not as shown), every sheet to its own file.
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

/** Every sheet of a recalculated workbook as rows of strings. */
export type RecalculatedBook = (sheet: string) => string[][];

/** Recalculates `files` (in `folder`) in one LibreOffice run; returns a reader per file. */
export async function recalculate(folder: string, files: string[]): Promise<RecalculatedBook[]> {
  const profile = join(folder, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const out = join(folder, 'csv');
  mkdirSync(out, { recursive: true });
  await run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      CSV_FILTER,
      '--outdir',
      out,
      ...files,
    ],
    {
      timeout: 110_000,
    },
  );
  return files.map((file) => {
    const base = basename(file).replace(/\.xlsx$/, '');
    return (sheet: string) => parseCsv(readFileSync(join(out, `${base}-${sheet}.csv`), 'utf8'));
  });
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
