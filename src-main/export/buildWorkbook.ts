/**
 * The comparison workbook, built in memory from the engine's figures: Summary, Assumptions, Prices,
 * one sheet per design, Traffic and the cost-versus-traffic series. Pure: no file is touched here.
 */
import XLSX from 'xlsx';
import type { ExportData } from './exportData';
import { buildPriceTable } from './priceTable';
import { FIXED_SHEETS } from './sheetNames';
import { assumptionsSheet } from './sheets/assumptionsSheet';
import { costCurveSheet } from './sheets/costCurveSheet';
import { designSheet, type DesignTotals } from './sheets/designSheet';
import { pricesSheet } from './sheets/pricesSheet';
import { summarySheet } from './sheets/summarySheet';
import { trafficSheet } from './sheets/trafficSheet';
import { withLinearContainer } from './zipWriter';

/** Builds the workbook object (sheets in reading order: Summary first). */
export function buildWorkbook(data: ExportData): XLSX.WorkBook {
  const { project, estimates, catalog } = data;
  const table = buildPriceTable(estimates, (key) => {
    const found = catalog.lookup(key);
    return found.ok ? found.price : undefined;
  });
  const assumptions = assumptionsSheet(data);
  const prices = pricesSheet(table, data.exportedOn);
  const designs = estimates.map((estimate, i) =>
    designSheet({
      design: project.designs[i]!,
      estimate,
      sheetName: data.sheetNames[i]!,
      rateRefs: table.rowOfLine[i]!.map((row) => prices.rateRefs[row]!),
      upfrontRefs: table.rowOfLine[i]!.map((row) => prices.upfrontRefs[row] ?? null),
      priceLabels: table.rowOfLine[i]!.map((row) => `P${row + 1}`),
      assumptions: assumptions.refs,
      recommended: data.recommended === i,
    }),
  );
  const totals: DesignTotals[] = designs.map((d) => d.totals);

  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, summarySheet(data, totals, assumptions.refs), FIXED_SHEETS.summary);
  XLSX.utils.book_append_sheet(book, assumptions.sheet, FIXED_SHEETS.assumptions);
  XLSX.utils.book_append_sheet(book, prices.sheet, FIXED_SHEETS.prices);
  designs.forEach((d, i) => XLSX.utils.book_append_sheet(book, d.sheet, data.sheetNames[i]!));
  XLSX.utils.book_append_sheet(book, trafficSheet(data), FIXED_SHEETS.traffic);
  XLSX.utils.book_append_sheet(book, costCurveSheet(data), FIXED_SHEETS.costCurve);
  book.Props = {
    Title: `InferCalc comparison: ${project.name}`,
    Author: 'InferCalc',
    CreatedDate: new Date(`${data.exportedOn}T00:00:00Z`),
  };
  return book;
}

/** The workbook as .xlsx bytes, in time linear in its sheets (see zipWriter.ts). */
export function workbookBytes(book: XLSX.WorkBook): Buffer {
  return withLinearContainer(() => XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}
