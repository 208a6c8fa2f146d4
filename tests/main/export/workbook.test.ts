import XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { estimateProject, projectCatalog } from '@shared/domain';
import { FIXED_SHEETS } from '../../../src-main/export/sheetNames';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
import {
  everyHostingDesigns,
  expectValidSheetName,
  projectWith,
  RESERVED_PRICES,
  reservedDesigns,
  testExporter,
  twentyDesigns,
  withReservedPrices,
} from './fixtures';
import type { Project } from '@shared/project/schema';

function exportAndRead(project: Project) {
  const { bytes, fileName } = testExporter().build(project);
  // Reading back our own output (never an untrusted file).
  return { book: XLSX.read(bytes, { cellFormula: true, cellNF: true, cellStyles: true }), fileName, bytes };
}

function estimates(project: Project) {
  return estimateProject(project, projectCatalog(project, loadEmbeddedSnapshot(), '2026-11-27'));
}

/** Rows of a sheet as arrays of cells (null for empty), from row 0. */
function cells(sheet: XLSX.WorkSheet): Array<Array<XLSX.CellObject | null>> {
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  const rows: Array<Array<XLSX.CellObject | null>> = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row: Array<XLSX.CellObject | null> = [];
    for (let c = 0; c <= range.e.c; c++) row.push(sheet[XLSX.utils.encode_cell({ r, c })] ?? null);
    rows.push(row);
  }
  return rows;
}

/** The row whose first cell is `label`. */
function rowOf(sheet: XLSX.WorkSheet, label: string | number): Array<XLSX.CellObject | null> {
  const row = cells(sheet).find((r) => r[0]?.v === label);
  if (!row) throw new Error(`no row "${label}"`);
  return row;
}

describe('the comparison workbook', () => {
  it('has the fixed sheets around one sheet per design, with headers, filters, widths and a title', () => {
    const project = projectWith([everyHostingDesigns()[0]!]);
    const { book, fileName } = exportAndRead(project);
    expect(fileName).toBe('Fraud scoring.xlsx');
    expect(book.SheetNames).toEqual(['Summary', 'Assumptions', 'Prices', 'Real-time', 'Traffic', 'Cost vs traffic']);
    for (const name of book.SheetNames) {
      const sheet = book.Sheets[name]!;
      expect(String(sheet['A1']?.v)).not.toBe('');
      expect(sheet['!cols']?.length).toBeGreaterThan(1);
      expect(sheet['!autofilter']?.ref).toMatch(/^A\d+:[A-Z]+\d+$/);
    }
    const summary = book.Sheets['Summary']!;
    expect(rowOf(summary, 'Rank').map((c) => c?.v)).toEqual([
      'Rank',
      'Design',
      'Sheet',
      'Hosting',
      'Instance',
      'Scaling',
      'Way to pay',
      'Region',
      'Monthly (USD)',
      'Yearly (USD)',
      'Per 1,000 requests (USD)',
      'Upfront (USD)',
      'Feasible',
      'Recommended',
      'Why not feasible',
      'Per 1M output tokens (USD)',
      'Throughput (requests/s per instance)',
      'Throughput (output tokens/s per instance)',
      'Throughput source',
      'Full-load per 1M output tokens (USD)',
    ]);
    const prices = book.Sheets['Prices']!;
    expect(
      rowOf(prices, 'Ref')
        .slice(0, 8)
        .map((c) => c?.v),
    ).toEqual(['Ref', 'Price key', 'Service', 'Region', 'Usage type', 'Rate (USD per unit)', 'Unit', 'Upfront (USD)']);
    const assumptions = book.Sheets['Assumptions']!;
    expect(rowOf(assumptions, 'Hours per month')[1]?.v).toBe(730);
    expect(rowOf(assumptions, 'Bytes per GB')[1]?.v).toBe(2 ** 30);
    expect(rowOf(assumptions, 'Currency')[1]?.v).toBe('USD');
    expect(rowOf(assumptions, 'Export date')[1]?.v).toBe('2026-11-27');
    expect(String(rowOf(assumptions, 'Prices as of')[1]?.v)).toMatch(/^\d{4}-\d{2}-\d{2}/);
    const traffic = book.Sheets['Traffic']!;
    expect(cells(traffic).filter((r) => typeof r[0]?.v === 'number')).toHaveLength(168);
  });

  it('writes each line as quantity × rate over the Prices sheet, with the app’s values cached', () => {
    const project = projectWith([everyHostingDesigns()[0]!]);
    const [estimate] = estimates(project);
    const { book } = exportAndRead(project);
    const sheet = book.Sheets['Real-time']!;
    const rows = cells(sheet);
    const header = rows.findIndex((r) => r[0]?.v === 'Line item');
    estimate!.lineItems.forEach((line, i) => {
      const [label, qty, unit, rate, monthly] = rows[header + 1 + i]!;
      expect(label?.v).toBe(line.label);
      expect(unit?.v).toBe(line.unit);
      expect(qty?.v).toBeCloseTo(line.quantity, 9);
      expect(rate?.f).toMatch(/^IF\(ISNUMBER\('Prices'!\$F\$\d+\),'Prices'!\$F\$\d+,"unavailable"\)$/);
      expect(rate?.v).toBe(line.rateUsd);
      const r = header + 2 + i;
      // A quantity of 0 costs 0 without a rate, as in the app.
      expect(monthly?.f).toBe(`IF(ISNUMBER(D${r}),B${r}*D${r},IF(B${r}=0,0,"unavailable"))`);
      expect(monthly?.v).toBe(line.monthlyUsd);
      expect(monthly?.z).toContain('$');
    });
    // Instance-hours follow the Assumptions' hours per month.
    expect(rows[header + 1]![1]?.f).toMatch(/^[\d.]+\*'Assumptions'!\$B\$\d+$/);
    const total = rowOf(sheet, 'Total per month')[4]!;
    expect(total.f).toMatch(/^IF\(COUNT\(E\d+:E\d+\)<ROWS\(E\d+:E\d+\),"unavailable",SUM\(E\d+:E\d+\)\)$/);
    expect(total.v).toBe(estimate!.monthlyUsd);
    expect(rowOf(sheet, 'Total per year')[4]?.v).toBe(estimate!.yearlyUsd);

    const summaryRow = rowOf(book.Sheets['Summary']!, 1);
    expect(summaryRow[8]?.f).toMatch(/^'Real-time'!\$E\$\d+$/);
    expect(summaryRow[8]?.v).toBe(estimate!.monthlyUsd);
    const monthsRow = cells(book.Sheets['Assumptions']!).findIndex((r) => r[0]?.v === 'Months per year') + 1;
    expect(summaryRow[9]?.f).toBe(`IF(ISNUMBER(I6),I6*'Assumptions'!$B$${monthsRow},"unavailable")`);
    expect(summaryRow[10]?.f).toContain("I6/'Assumptions'!$B$");
    expect(summaryRow[10]?.v).toBeCloseTo(estimate!.costPer1kRequestsUsd!, 12);
  });

  it('covers every hosting type, shows an unavailable price as such, and marks the recommended design', () => {
    const project = projectWith(everyHostingDesigns());
    const all = estimates(project);
    const { book } = exportAndRead(project);
    expect(book.SheetNames).toHaveLength(5 + project.designs.length);
    const summary = cells(book.Sheets['Summary']!);
    const start = summary.findIndex((r) => r[0]?.v === 'Rank') + 1;
    all.forEach((e, i) => {
      const row = summary[start + i]!;
      expect(row[1]?.v).toBe(e.name);
      expect(row[8]?.v).toBe(e.monthlyUsd ?? 'unavailable');
      expect(row[11]?.v).toBe(e.upfrontUsd);
      const sheet = book.Sheets[String(row[2]?.v)]!;
      expect(rowOf(sheet, 'Total per month')[4]?.v).toBe(e.monthlyUsd ?? 'unavailable');
    });
    const unpriced = all.findIndex((e) => e.name === 'Plan without a rate');
    expect(all[unpriced]!.monthlyUsd).toBeNull();
    const plan = cells(book.Sheets['Plan without a rate']!);
    expect(plan.some((r) => r[4]?.v === 'unavailable' && typeof r[4]?.f === 'string')).toBe(true);
    // The unavailable price has a row in Prices with an empty rate, ready to be filled in.
    const prices = cells(book.Sheets['Prices']!);
    const missing = prices.filter((r) => r[8]?.v === 'unavailable');
    expect(missing.length).toBeGreaterThan(0);
    for (const r of missing) expect(r[5]).toBeNull();

    const recommended = summary.slice(start).filter((r) => r[13]?.v === 'yes');
    expect(recommended).toHaveLength(1);
    const best = all
      .filter((e) => e.feasible && e.monthlyUsd !== null)
      .sort((a, b) => a.monthlyUsd! - b.monthlyUsd!)[0]!;
    expect(recommended[0]![1]?.v).toBe(best.name);
  });

  it('shows a design that could not be priced at all (no line) as unavailable, not $0', () => {
    const project = projectWith([
      {
        name: 'Bedrock, no tokens',
        hosting: { type: 'bedrock', model: 'anthropic.claude-3-haiku' },
        purchase: { type: 'on-demand' },
      },
    ]);
    const { book } = exportAndRead(project);
    const sheet = book.Sheets['Bedrock, no tokens']!;
    expect(rowOf(sheet, 'Total per month')[4]?.v).toBe('unavailable');
    expect(rowOf(sheet, 'Total per year')[4]?.v).toBe('unavailable');
    const summary = cells(book.Sheets['Summary']!);
    const row = summary[summary.findIndex((r) => r[0]?.v === 'Rank') + 1]!;
    expect(row[8]?.v).toBe('unavailable');
    expect(row[12]?.v).toBe('no');
    // The workbook says it in the form's words (the field names stay in the CLI and the JSON).
    expect(String(row[14]?.v)).toContain('enter input and output tokens per request');
  });

  it('marks user-entered rates on the Prices sheet', () => {
    const project = projectWith([everyHostingDesigns()[0]!]);
    project.userRates = [
      { key: 'sagemaker/us-east-1/instance/Hosting/ml.c5.xlarge', usd: 0.18, unit: 'hour', note: 'negotiated' },
    ];
    const { book } = exportAndRead(project);
    const row = cells(book.Sheets['Prices']!).find(
      (r) => r[1]?.v === 'sagemaker/us-east-1/instance/Hosting/ml.c5.xlarge',
    )!;
    expect(row[5]?.v).toBe(0.18);
    expect(row[11]?.v).toBe('yes');
    expect(String(row[8]?.v)).toContain('negotiated');
  });

  it('gives twenty designs with odd names valid, unique sheet names that formulas quote correctly', () => {
    const project = projectWith(twentyDesigns());
    const { book } = exportAndRead(project);
    const designSheets = book.SheetNames.slice(3, 23);
    expect(designSheets).toHaveLength(20);
    designSheets.forEach(expectValidSheetName);
    const lower = book.SheetNames.map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(book.SheetNames.slice(0, 3)).toEqual([FIXED_SHEETS.summary, FIXED_SHEETS.assumptions, FIXED_SHEETS.prices]);
    const summary = cells(book.Sheets['Summary']!);
    const start = summary.findIndex((r) => r[0]?.v === 'Rank') + 1;
    designSheets.forEach((name, i) => {
      const row = summary[start + i]!;
      expect(row[2]?.v).toBe(name);
      expect(row[8]?.f).toBe(
        `'${name.replace(/'/g, "''")}'!$E$${rowOf(book.Sheets[name]!, 'Total per month') && totalRow(book.Sheets[name]!)}`,
      );
    });
  });
});

describe('reserved instances with an upfront fee', () => {
  const exporter = testExporter(withReservedPrices);
  const project = projectWith(reservedDesigns());
  const all = estimateProject(project, projectCatalog(project, withReservedPrices(), '2026-11-27'));
  const book = XLSX.read(exporter.build(project).bytes, { cellFormula: true });
  const prices = cells(book.Sheets['Prices']!);
  const priceRow = (key: string) => {
    const r = prices.findIndex((row) => row[1]?.v === key);
    expect(r).toBeGreaterThan(0);
    return { row: prices[r]!, n: r + 1 };
  };

  it('keeps each fee on its rate’s Prices row, and the amortized rate as hourly + fee / term hours', () => {
    for (const [p, termHours] of [
      [RESERVED_PRICES.partial1yr, 8760],
      [RESERVED_PRICES.all3yr, 26280],
    ] as const) {
      const { row, n } = priceRow(p.key);
      expect(row[7]?.v).toBe(p.upfrontUsd);
      expect(row[5]?.f).toBe(`${p.usd}+H${n}/${termHours}`);
      expect(row[5]?.v).toBeCloseTo(p.usd + p.upfrontUsd / termHours, 12);
    }
  });

  it('writes each design’s upfront as instances reserved × the Prices row’s fee, through to the Summary', () => {
    const summary = cells(book.Sheets['Summary']!);
    const start = summary.findIndex((r) => r[0]?.v === 'Rank') + 1;
    const counts = [2, 3, 2];
    const keys = [RESERVED_PRICES.partial1yr, RESERVED_PRICES.partial1yr, RESERVED_PRICES.all3yr];
    all.forEach((e, i) => {
      expect(e.upfrontUsd).toBeCloseTo(counts[i]! * keys[i]!.upfrontUsd, 9);
      const sheet = book.Sheets[e.name]!;
      const rows = cells(sheet);
      const header = rows.findIndex((r) => r[0]?.v === 'Line item');
      const k = e.lineItems.findIndex((l) => l.upfrontUsd);
      const upfront = rows[header + 1 + k]![5]!;
      expect(upfront.f).toBe(`${counts[i]}*'Prices'!$H$${priceRow(keys[i]!.key).n}`);
      expect(upfront.v).toBe(e.lineItems[k]!.upfrontUsd);
      const total = rowOf(sheet, 'Total per month')[5]!;
      expect(total.f).toMatch(/^SUM\(F\d+:F\d+\)$/);
      expect(total.v).toBe(e.upfrontUsd);
      const row = summary[start + i]!;
      expect(row[11]?.f).toBe(`'${e.name}'!$F$${totalRow(sheet)}`);
      expect(row[11]?.v).toBe(e.upfrontUsd);
    });
  });
});

function totalRow(sheet: XLSX.WorkSheet): number {
  return cells(sheet).findIndex((r) => r[0]?.v === 'Total per month') + 1;
}
