/**
 * The series behind the cost-versus-traffic chart: each design's monthly cost at traffic × each scale
 * factor, and the crossovers where one design becomes cheaper than another.
 */
import type XLSX from 'xlsx';
import type { ExportData } from '../exportData';
import { FORMATS, num, SheetWriter } from '../sheetWriter';

/** Builds the sheet. */
export function costCurveSheet(data: ExportData): XLSX.WorkSheet {
  const { curves, crossovers } = data.curves;
  const s = new SheetWriter('Monthly cost against traffic volume', [
    'Each design re-estimated by InferCalc at the workload’s traffic × the factor (values, not formulas).',
  ]);
  const headers = ['Traffic ×', 'Requests per month', ...curves.map((c) => `${c.name} (USD/month)`)];
  const header = s.header(headers);
  const points = curves[0]?.points ?? [];
  points.forEach((p, k) => {
    s.row([
      num(p.factor, FORMATS.decimal),
      num(p.requestsPerMonth, FORMATS.integer),
      ...curves.map((c) => {
        const point = c.points[k]!;
        if (point.monthlyUsd === null) return 'unavailable';
        return num(point.monthlyUsd, FORMATS.usd);
      }),
    ]);
  });
  s.finishTable(header, headers.length);
  s.skip();
  s.row(['Crossovers']);
  s.row(['Traffic ×', 'Requests per month', 'Monthly (USD)', 'Cheaper below', 'Cheaper above']);
  if (crossovers.length === 0) s.row(['none in the range shown']);
  for (const x of crossovers) {
    s.row([
      num(x.factor, FORMATS.decimal),
      num(x.requestsPerMonth, FORMATS.integer),
      num(x.monthlyUsd, FORMATS.usd),
      x.cheaperBelow,
      x.cheaperAbove,
    ]);
  }
  return s.build();
}
