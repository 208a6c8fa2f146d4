// One LibreOffice run recalculates four workbooks: as exported, with a rate changed on the Prices
// sheet, with assumptions changed (hours per month, requests per month), and with a reservation's
// upfront fee changed. Each total must come out as the app computed it or as the formulas say.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateProject, projectCatalog, type DesignEstimate } from '@shared/domain';
import type { Design } from '@shared/project/schema';
import {
  everyHostingDesigns,
  projectWith,
  RESERVED_PRICES,
  reservedDesigns,
  testExporter,
  withReservedPrices,
} from './fixtures';
import { recalculate, type RecalculatedBook } from './libreOffice';

const CHANGED_KEY = 'sagemaker/us-east-1/instance/Hosting/ml.c5.xlarge';
// Two designs share the changed rate: one cell on the Prices sheet must move both.
const sharing = {
  ...everyHostingDesigns()[0]!,
  name: 'Real-time x3',
  hosting: { ...everyHostingDesigns()[0]!.hosting, instanceCount: 3 },
} as Design;
const project = projectWith([...everyHostingDesigns(), sharing, ...reservedDesigns()]);
const estimates = estimateProject(project, projectCatalog(project, withReservedPrices(), '2026-11-27'));
const newRate = 0.5;
const newHours = 744;
const newFee = 876;
let folder: string;
let exported: XLSX.WorkBook;
let original: RecalculatedBook;
let rateEdited: RecalculatedBook;
let assumptionsEdited: RecalculatedBook;
let feeEdited: RecalculatedBook;
let oldRate: number;
type Four = [RecalculatedBook, RecalculatedBook, RecalculatedBook, RecalculatedBook];
let newRequests: number;

/** Column E ("Monthly (USD)") of the row labelled `label` on a recalculated sheet. */
function amountIn(rows: string[][], label: string, col = 4): string {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row[col]!;
}

function expectCents(actual: string, expected: number | null): void {
  if (expected === null) expect(actual).toBe('unavailable');
  else expect(Math.abs(Number(actual) - expected)).toBeLessThan(0.005);
}

/** The 0-based row of the first row whose column `col` holds `value`. */
function rowWhere(sheet: XLSX.WorkSheet, col: number, value: string): number {
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  for (let r = 0; r <= range.e.r; r++) if (sheet[XLSX.utils.encode_cell({ r, c: col })]?.v === value) return r;
  throw new Error(`no row with ${value}`);
}

/** Sets a number cell, leaving its stale formulas' cached values for LibreOffice to replace. */
function setNumber(sheet: XLSX.WorkSheet, r: number, c: number, value: number): number {
  const cell = sheet[XLSX.utils.encode_cell({ r, c })]!;
  const old = cell.v as number;
  cell.v = value;
  delete cell.f;
  return old;
}

/** A copy of the exported workbook with `edit` applied, saved as `name`.xlsx. */
function variant(bytes: Buffer, name: string, edit: (book: XLSX.WorkBook) => void): string {
  const book = XLSX.read(bytes, { cellFormula: true, cellNF: true, cellStyles: true });
  edit(book);
  const file = join(folder, `${name}.xlsx`);
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return file;
}

/** Whether a line's quantity cell on the exported sheet is a formula over the Assumptions' hours per month. */
function followsHours(design: number, line: number): boolean {
  const sheet = exported.Sheets[estimates[design]!.name]!;
  const hours = `'Assumptions'!$B$${rowWhere(exported.Sheets['Assumptions']!, 0, 'Hours per month') + 1}`;
  const r = rowWhere(sheet, 0, 'Line item') + 1 + line;
  return sheet[XLSX.utils.encode_cell({ r, c: 1 })]?.f?.endsWith(`*${hours}`) ?? false;
}

/** A design's monthly total when each line's monthly is quantity′ × rate′ (null when a rate is unavailable). */
function monthlyWith(e: DesignEstimate, quantity: (k: number) => number, rate: (k: number) => number | null) {
  let total = 0;
  for (let k = 0; k < e.lineItems.length; k++) {
    const r = rate(k);
    if (r === null) return null;
    total += quantity(k) * r;
  }
  return total;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'infercalc-recalc-'));
  const { bytes } = testExporter(withReservedPrices).build(project);
  exported = XLSX.read(bytes, { cellFormula: true });
  writeFileSync(join(folder, 'original.xlsx'), bytes);
  // As finance would edit them; cached values are now stale until LibreOffice recalculates.
  const rateFile = variant(bytes, 'rate', (book) => {
    const prices = book.Sheets['Prices']!;
    oldRate = setNumber(prices, rowWhere(prices, 1, CHANGED_KEY), 5, newRate);
  });
  const assumptionsFile = variant(bytes, 'assumptions', (book) => {
    const sheet = book.Sheets['Assumptions']!;
    expect(setNumber(sheet, rowWhere(sheet, 0, 'Hours per month'), 1, newHours)).toBe(730);
    const requests = rowWhere(sheet, 0, 'Requests per month');
    const old = sheet[XLSX.utils.encode_cell({ r: requests, c: 1 })]!.v as number;
    newRequests = Math.round(old * 2.5);
    setNumber(sheet, requests, 1, newRequests);
  });
  const feeFile = variant(bytes, 'fee', (book) => {
    const prices = book.Sheets['Prices']!;
    expect(setNumber(prices, rowWhere(prices, 1, RESERVED_PRICES.partial1yr.key), 7, newFee)).toBe(
      RESERVED_PRICES.partial1yr.upfrontUsd,
    );
  });
  [original, rateEdited, assumptionsEdited, feeEdited] = (await recalculate(folder, [
    join(folder, 'original.xlsx'),
    rateFile,
    assumptionsFile,
    feeFile,
  ])) as Four;
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Checks a recalculated Summary row and design sheet against expected monthly, upfront and requests. */
function expectDesign(
  book: RecalculatedBook,
  i: number,
  monthly: number | null,
  upfront: number,
  requestsPerMonth: number,
): void {
  const e = estimates[i]!;
  const sheet = book(e.name);
  expectCents(amountIn(sheet, 'Total per month'), monthly);
  expectCents(amountIn(sheet, 'Total per year'), monthly === null ? null : monthly * 12);
  expectCents(amountIn(sheet, 'Total per month', 5), upfront);
  const summary = book('Summary');
  const row = summary[summary.findIndex((r) => r[0] === 'Rank') + 1 + i]!;
  expect(row[1]).toBe(e.name);
  expectCents(row[8]!, monthly);
  expectCents(row[9]!, monthly === null ? null : monthly * 12);
  expectCents(row[10]!, monthly === null ? null : (monthly / requestsPerMonth) * 1000);
  expectCents(row[11]!, upfront);
  // Per 1M output tokens: monthly ÷ (requests × output tokens per request) × 10^6, a live formula too.
  const tokens = e.outputTokensPerMonth === null ? null : e.outputTokensPerMonth / e.requestsPerMonth;
  if (tokens === null) expect(row[15]).toBe('no output tokens');
  else expectCents(row[15]!, monthly === null ? null : (monthly / (requestsPerMonth * tokens)) * 1e6);
}

describe('exported workbooks recalculated by LibreOffice', () => {
  it('compute every line and total the app computed, to the cent', () => {
    estimates.forEach((e, i) => {
      const sheet = original(e.name);
      const header = sheet.findIndex((r) => r[0] === 'Line item');
      e.lineItems.forEach((line, k) => expectCents(sheet[header + 1 + k]![4]!, line.monthlyUsd));
      expectDesign(original, i, e.monthlyUsd, e.upfrontUsd, e.requestsPerMonth);
      expectCents(amountIn(sheet, 'Total per year'), e.yearlyUsd);
    });
    expect(estimates.some((e) => e.monthlyUsd === null)).toBe(true);
    expect(estimates.filter((e) => e.upfrontUsd > 0)).toHaveLength(3);
  });

  it('move the dependent totals when a rate changes on the Prices sheet, as the formulas say', () => {
    expect(oldRate).toBeGreaterThan(0);
    const moved = (e: DesignEstimate) => (l: number) => {
      const line = e.lineItems[l]!;
      return line.priceKey === CHANGED_KEY && line.rateUsd === oldRate ? newRate : line.rateUsd;
    };
    const affected = estimates.filter((e) => e.lineItems.some((l) => l.priceKey === CHANGED_KEY));
    expect(affected.length).toBeGreaterThan(1);
    estimates.forEach((e, i) => {
      const monthly = monthlyWith(e, (k) => e.lineItems[k]!.quantity, moved(e));
      if (affected.includes(e) && monthly !== null) expect(Math.abs(monthly - e.monthlyUsd!)).toBeGreaterThan(1);
      expectDesign(rateEdited, i, monthly, e.upfrontUsd, e.requestsPerMonth);
    });
  });

  it('move line quantities, totals and cost per 1,000 requests when assumptions change', () => {
    let hourLines = 0;
    estimates.forEach((e, i) => {
      const quantity = (k: number) => {
        const line = e.lineItems[k]!;
        return followsHours(i, k) ? (line.quantity / 730) * newHours : line.quantity;
      };
      const sheet = assumptionsEdited(e.name);
      const header = sheet.findIndex((r) => r[0] === 'Line item');
      e.lineItems.forEach((line, k) => {
        if (followsHours(i, k) && line.quantity > 0 && line.rateUsd !== null) hourLines++;
        expect(Math.abs(Number(sheet[header + 1 + k]![1]) - quantity(k))).toBeLessThan(1e-6);
      });
      const monthly = monthlyWith(e, quantity, (k) => e.lineItems[k]!.rateUsd);
      expectDesign(assumptionsEdited, i, monthly, e.upfrontUsd, newRequests);
    });
    // Instance-hours of every always-on instance design follow the month; batch job hours do not.
    expect(hourLines).toBeGreaterThanOrEqual(8);
    expect(estimates.find((e) => e.name === 'Batch')!.lineItems.every((_, k) => !followsHours(5, k))).toBe(true);
  });

  it('move the upfront and the amortized monthly cost when a reservation’s upfront fee changes', () => {
    const { key, usd, upfrontUsd } = RESERVED_PRICES.partial1yr;
    const newEffective = usd + newFee / 8760;
    let moved = 0;
    estimates.forEach((e, i) => {
      const reserved = e.lineItems.filter((l) => l.priceKey === key);
      const count = reserved.reduce((n, l) => n + l.quantity / 730, 0);
      if (count > 0) moved++;
      const rate = (k: number) => (e.lineItems[k]!.priceKey === key ? newEffective : e.lineItems[k]!.rateUsd);
      const monthly = monthlyWith(e, (k) => e.lineItems[k]!.quantity, rate);
      const upfront = e.upfrontUsd + count * (newFee - upfrontUsd);
      if (count > 0) expect(upfront - e.upfrontUsd).toBeGreaterThan(400);
      if (count > 0) expect(monthly! - e.monthlyUsd!).toBeGreaterThan(70);
      expectDesign(feeEdited, i, monthly, upfront, e.requestsPerMonth);
    });
    expect(moved).toBe(2);
  });
});
