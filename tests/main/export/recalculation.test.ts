import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateProject, projectCatalog } from '@shared/domain/estimate';
import type { DesignEstimate } from '@shared/domain/results';
import type { Design } from '@shared/project/schema';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
import { everyHostingDesigns, projectWith, testExporter } from './fixtures';
import { recalculate, type RecalculatedBook } from './libreOffice';

const CHANGED_KEY = 'sagemaker/us-east-1/instance/Hosting/ml.c5.xlarge';
// Two designs share the changed rate: one cell on the Prices sheet must move both.
const sharing = {
  ...everyHostingDesigns()[0]!,
  name: 'Real-time x3',
  hosting: { ...everyHostingDesigns()[0]!.hosting, instanceCount: 3 },
} as Design;
const project = projectWith([...everyHostingDesigns(), sharing]);
const estimates = estimateProject(project, projectCatalog(project, loadEmbeddedSnapshot(), '2026-11-27'));
let folder: string;
let original: RecalculatedBook;
let edited: RecalculatedBook;
let oldRate: number;
const newRate = 0.5;

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

/** The monthly change a new rate for CHANGED_KEY makes to a design: quantity × (new − old) of each line priced by it. */
function expectedChange(e: DesignEstimate): number {
  return e.lineItems
    .filter((l) => l.priceKey === CHANGED_KEY && l.rateUsd === oldRate)
    .reduce((sum, l) => sum + l.quantity * (newRate - oldRate), 0);
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'infercalc-recalc-'));
  const { bytes } = testExporter().build(project);
  writeFileSync(join(folder, 'original.xlsx'), bytes);
  // The same workbook with one rate changed on the Prices sheet, as finance would; cached values are now stale.
  const book = XLSX.read(bytes, { cellFormula: true, cellNF: true, cellStyles: true });
  const prices = book.Sheets['Prices']!;
  const range = XLSX.utils.decode_range(prices['!ref']!);
  let found = false;
  for (let r = 0; r <= range.e.r; r++) {
    if (prices[XLSX.utils.encode_cell({ r, c: 1 })]?.v !== CHANGED_KEY) continue;
    const rate = prices[XLSX.utils.encode_cell({ r, c: 5 })]!;
    oldRate = rate.v as number;
    rate.v = newRate;
    found = true;
  }
  expect(found).toBe(true);
  writeFileSync(join(folder, 'edited.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  [original, edited] = await recalculate(folder, [join(folder, 'original.xlsx'), join(folder, 'edited.xlsx')]);
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('exported workbooks recalculated by LibreOffice', () => {
  it('compute every line and total the app computed, to the cent', () => {
    const summary = original('Summary');
    const start = summary.findIndex((r) => r[0] === 'Rank') + 1;
    estimates.forEach((e, i) => {
      const sheet = original(e.name);
      const header = sheet.findIndex((r) => r[0] === 'Line item');
      e.lineItems.forEach((line, k) => expectCents(sheet[header + 1 + k]![4]!, line.monthlyUsd));
      expectCents(amountIn(sheet, 'Total per month'), e.monthlyUsd);
      expectCents(amountIn(sheet, 'Total per year'), e.yearlyUsd);
      expectCents(amountIn(sheet, 'Total per month', 5), e.upfrontUsd);
      const row = summary[start + i]!;
      expect(row[1]).toBe(e.name);
      expectCents(row[8]!, e.monthlyUsd);
      expectCents(row[9]!, e.yearlyUsd);
      expectCents(row[10]!, e.costPer1kRequestsUsd);
      expectCents(row[11]!, e.upfrontUsd);
    });
    expect(estimates.some((e) => e.monthlyUsd === null)).toBe(true);
  });

  it('move the dependent totals when a rate changes on the Prices sheet, as the formulas say', () => {
    expect(oldRate).toBeGreaterThan(0);
    const affected = estimates.filter((e) => expectedChange(e) !== 0);
    expect(affected.length).toBeGreaterThan(1);
    const summary = edited('Summary');
    const start = summary.findIndex((r) => r[0] === 'Rank') + 1;
    estimates.forEach((e, i) => {
      const expected = e.monthlyUsd === null ? null : e.monthlyUsd + expectedChange(e);
      expectCents(amountIn(edited(e.name), 'Total per month'), expected);
      expectCents(summary[start + i]![8]!, expected);
      expectCents(summary[start + i]![9]!, expected === null ? null : expected * 12);
      const per1k = expected === null ? null : (expected / e.requestsPerMonth) * 1000;
      expectCents(summary[start + i]![10]!, per1k);
    });
  });
});
