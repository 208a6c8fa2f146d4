/**
 * The Traffic sheet: the 168-hour week the simulation ran on, and each design's capacity in service
 * each hour (instances or serverless concurrency), as InferCalc simulated them.
 */
import type XLSX from 'xlsx';
import type { ExportData } from '../exportData';
import { address, formula, FORMATS, num, SheetWriter } from '../sheetWriter';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Builds the sheet. */
export function trafficSheet(data: ExportData): XLSX.WorkSheet {
  const s = new SheetWriter('Traffic: a typical week', [
    'Requests per second offered each hour (Monday 00:00 first) and the capacity each design runs in that hour.',
    'Values from InferCalc’s hourly simulation; change the traffic in InferCalc and export again.',
  ]);
  const designs = data.estimates.map(
    (e) => `${e.name} (${e.hourly.capacityUnit === 'none' ? 'no capacity' : e.hourly.capacityUnit})`,
  );
  const headers = ['Hour of week', 'Day', 'Hour', 'Requests per second', ...designs];
  const header = s.header(headers);
  const first = s.next;
  for (let h = 0; h < 168; h++) {
    s.row([
      h,
      DAYS[Math.floor(h / 24)],
      `${String(h % 24).padStart(2, '0')}:00`,
      num(data.week.rps[h]!, FORMATS.decimal),
      ...data.estimates.map((e) => num(e.hourly.capacity[h] ?? 0, FORMATS.decimal)),
    ]);
  }
  const last = s.next - 1;
  s.finishTable(header, headers.length);
  s.row([
    'Requests per week',
    null,
    null,
    formula(`SUM(${address(first, 3)}:${address(last, 3)})*3600`, data.week.weeklyRequests, FORMATS.integer),
    ...data.estimates.map((e, i) =>
      formula(`SUM(${address(first, 4 + i)}:${address(last, 4 + i)})`, sum(e.hourly.capacity), FORMATS.decimal),
    ),
  ]);
  return s.build();
}

function sum(values: ReadonlyArray<number>): number {
  return values.reduce((a, b) => a + b, 0);
}
