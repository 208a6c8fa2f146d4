/**
 * The workbook's throughput figures: each design sheet says whether its throughput per instance is
 * measured (with the load test it comes from) or estimated (with the rule), and the full-load cost per
 * 1M output tokens and per 1,000 requests are formulas over the throughput and rate cells, which the
 * Summary references. Read back from the real .xlsx; LibreOffice recalculates after an edit of the
 * throughput and of the Prices sheet's rate.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '@shared/project/schema';
import { chatProject, G5_DESIGN, typedG5 } from '../cli/loadtestFixtures';
import { testExporter } from './fixtures';
import { recalculate, type RecalculatedBook } from './libreOffice';

const measured = typedG5('load test results.csv (ml.g5.2xlarge), concurrency 8', 'Measured g5');
const estimated: Design = { ...G5_DESIGN, name: 'Estimated g5' };
const project = chatProject([measured, estimated]);
const RATE_KEY = 'sagemaker/us-east-1/instance/Hosting/ml.g5.2xlarge';

let book: XLSX.WorkBook;
let original: RecalculatedBook;
let edited: RecalculatedBook;
let oldRate: number;

/** The 0-based row whose column `col` holds `value`. */
function rowWhere(sheet: XLSX.WorkSheet, col: number, value: string): number {
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  for (let r = 0; r <= range.e.r; r++) if (sheet[XLSX.utils.encode_cell({ r, c: col })]?.v === value) return r;
  throw new Error(`no row with ${value}`);
}
const cell = (sheet: XLSX.WorkSheet, r: number, c: number) => sheet[XLSX.utils.encode_cell({ r, c })]!;
const valueIn = (rows: string[][], label: string) => Number(rows.find((r) => r[0] === label)![1]);

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'infercalc-throughput-xlsx-'));
  const { bytes } = testExporter().build(project);
  book = XLSX.read(bytes, { cellFormula: true });
  writeFileSync(join(folder, 'original.xlsx'), bytes);
  // Finance doubles the measured throughput and changes the instance rate, as they would in Excel.
  const copy = XLSX.read(bytes, { cellFormula: true, cellNF: true, cellStyles: true });
  const sheet = copy.Sheets['Measured g5']!;
  const tps = cell(sheet, rowWhere(sheet, 0, 'Output tokens per second per instance'), 1);
  tps.v = 660;
  const prices = copy.Sheets['Prices']!;
  const rate = cell(prices, rowWhere(prices, 1, RATE_KEY), 5);
  oldRate = rate.v as number;
  rate.v = 2;
  delete rate.f;
  writeFileSync(join(folder, 'edited.xlsx'), XLSX.write(copy, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  [original, edited] = (await recalculate(folder, [join(folder, 'original.xlsx'), join(folder, 'edited.xlsx')])) as [
    RecalculatedBook,
    RecalculatedBook,
  ];
}, 120_000);

describe('workbook throughput', () => {
  it('labels each design’s throughput measured (with its load test) or estimated (with its rule)', () => {
    const m = book.Sheets['Measured g5']!;
    const head = rowWhere(m, 0, 'Throughput per instance');
    expect(cell(m, head, 1).v).toBe('measured');
    expect(cell(m, head, 2).v).toBe('measured: load test results.csv (ml.g5.2xlarge), concurrency 8');
    expect(cell(m, rowWhere(m, 0, 'Output tokens per second per instance'), 1).v).toBe(330);
    const e = book.Sheets['Estimated g5']!;
    const eHead = rowWhere(e, 0, 'Throughput per instance');
    expect(cell(e, eHead, 1).v).toBe('estimated');
    expect(String(cell(e, eHead, 2).v)).toMatch(/^estimated: bandwidth-bound decoding/);
    const summary = book.Sheets['Summary']!;
    const source = rowWhere(summary, 0, 'Rank');
    const col = (name: string) => {
      for (let c = 0; ; c++) if (cell(summary, source, c).v === name) return c;
    };
    expect(cell(summary, source + 1, col('Throughput source')).v).toMatch(/^measured: load test results\.csv/);
    expect(cell(summary, source + 2, col('Throughput source')).v).toMatch(/^estimated: /);
  });

  it('keeps the full-load costs formulas over the throughput and rate cells, referenced by the Summary', () => {
    const m = book.Sheets['Measured g5']!;
    const tpsRow = rowWhere(m, 0, 'Output tokens per second per instance');
    const priceRow = rowWhere(m, 0, 'On-demand price per instance-hour (USD)');
    const perToken = cell(m, rowWhere(m, 0, 'Full-load cost per 1M output tokens (USD)'), 1);
    const tps = XLSX.utils.encode_cell({ r: tpsRow, c: 1 });
    const price = XLSX.utils.encode_cell({ r: priceRow, c: 1 });
    expect(perToken.f).toContain(`${price}/(${tps}*3600)*1000000`);
    // The price is the instance line's rate cell, itself the Prices sheet's rate.
    expect(cell(m, priceRow, 1).f).toMatch(/^IF\(ISNUMBER\(D\d+\),D\d+,"unavailable"\)$/);
    // $1.515 ÷ (330 × 3600) × 10^6 = $1.2753
    expect(perToken.v as number).toBeCloseTo((1.515 / (330 * 3600)) * 1e6, 6);
    const summary = book.Sheets['Summary']!;
    const header = rowWhere(summary, 0, 'Rank');
    let c = 0;
    while (cell(summary, header, c).v !== 'Full-load per 1M output tokens (USD)') c++;
    const perTokenAddress = XLSX.utils.encode_cell({
      r: rowWhere(m, 0, 'Full-load cost per 1M output tokens (USD)'),
      c: 1,
    });
    expect(cell(summary, header + 1, c).f).toBe(`'Measured g5'!${perTokenAddress}`);
  });

  it('recalculates in LibreOffice: as exported, then with the throughput doubled and the rate changed', () => {
    expect(oldRate).toBe(1.515);
    const per1M = (rate: number, tps: number) => (rate / (tps * 3600)) * 1e6;
    expect(valueIn(original('Measured g5'), 'Full-load cost per 1M output tokens (USD)')).toBeCloseTo(
      per1M(1.515, 330),
      6,
    );
    const after = edited('Measured g5');
    expect(valueIn(after, 'On-demand price per instance-hour (USD)')).toBe(2);
    expect(valueIn(after, 'Full-load cost per 1M output tokens (USD)')).toBeCloseTo(per1M(2, 660), 6);
    // 1.1 req/s unchanged: per 1,000 requests follows the rate only.
    expect(valueIn(after, 'Full-load cost per 1,000 requests (USD)')).toBeCloseTo((2 / (1.1 * 3600)) * 1000, 6);
    const summary = edited('Summary');
    const header = summary.findIndex((r) => r[0] === 'Rank');
    const c = summary[header]!.indexOf('Full-load per 1M output tokens (USD)');
    expect(Number(summary[header + 1]![c])).toBeCloseTo(per1M(2, 660), 6);
  });
});
