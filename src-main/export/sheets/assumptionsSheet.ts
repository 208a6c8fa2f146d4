/**
 * The Assumptions sheet: the workload and the billing conventions. Design sheets and the Summary refer
 * to its cells (hours per month, requests per month), so changing one here recalculates them.
 */
import { asOfDate } from '@shared/prices/freshness';
import type XLSX from 'xlsx';
import { BYTES_PER_GB, HOURS_PER_MONTH, HOURS_PER_WEEK } from '@shared/domain';
import type { ExportData } from '../exportData';
import { sheetRef, FIXED_SHEETS } from '../sheetNames';
import { address, FORMATS, num, SheetWriter } from '../sheetWriter';

/** Absolute references (with the sheet) to the cells other sheets use. */
export interface AssumptionRefs {
  hoursPerMonth: string;
  requestsPerMonth: string;
  monthsPerYear: string;
  /** The workload's output tokens per request (text "not given" when it has none). */
  outputTokensPerRequest: string;
}

/** Builds the sheet and says where its referenced cells are. */
export function assumptionsSheet(data: ExportData): { sheet: XLSX.WorkSheet; refs: AssumptionRefs } {
  const { project, week } = data;
  const w = project.workload;
  const s = new SheetWriter(`Assumptions: ${project.name}`, [
    'Change a value in column B and the design sheets and the Summary recalculate.',
    'Quantities that come from InferCalc’s hourly simulation (instance-hours, concurrency) are values; re-export after changing the traffic.',
  ]);
  const ref = (row: number) => `${sheetRef(FIXED_SHEETS.assumptions)}${address(row, 1, true)}`;
  const header = s.header(['Assumption', 'Value', 'Unit or note']);

  s.row(['Billing conventions']);
  const hours = s.row(['Hours per month', num(HOURS_PER_MONTH, FORMATS.integer), 'AWS pricing calculator convention']);
  s.row(['Hours per week', num(HOURS_PER_WEEK, FORMATS.integer), 'the traffic profile covers one week']);
  const months = s.row(['Months per year', num(12, FORMATS.integer), 'yearly = monthly × this']);
  s.row(['Bytes per GB', num(BYTES_PER_GB, FORMATS.integer), 'GB = 2^30 bytes (data processed, storage)']);
  s.row(['Currency', 'USD', 'every amount in this workbook']);
  s.row(['Region', project.region, 'designs may override it (see each design sheet)']);
  s.row(['Export date', data.exportedOn, `InferCalc ${data.appVersion}`]);
  s.row(['Prices as of', pricesAsOf(data), 'per-rate dates on the Prices sheet']);

  s.row(['Workload']);
  const traffic = w.traffic;
  s.row([
    'Traffic pattern',
    traffic.pattern,
    traffic.pattern === 'hourly'
      ? `${traffic.requestsPerSecond.length} hourly values`
      : traffic.pattern === 'batch'
        ? `${traffic.recordsPerRun} records per run, ${traffic.runsPerMonth} runs a month, ${traffic.windowHours} h window from ${String(traffic.startHour ?? 1).padStart(2, '0')}:00`
        : `${traffic.basis ?? 'peak'} rate`,
  ]);
  s.row(['Peak requests per second', num(week.peakRps, FORMATS.decimal), 'requests/s']);
  s.row(['Average requests per second', num(week.averageRps, FORMATS.decimal), 'requests/s']);
  const requests = s.row([
    'Requests per month',
    num(week.requestsPerMonth, FORMATS.integer),
    'the basis of cost per 1,000 requests',
  ]);
  s.row(['Inference time per request', num(w.inferenceMs, FORMATS.decimal), 'ms']);
  s.row(['Request size', num(w.requestKiB, FORMATS.decimal), 'KiB (1 KiB = 1024 bytes)']);
  s.row(['Response size', num(w.responseKiB, FORMATS.decimal), 'KiB']);
  s.row(
    w.latencyTargetMs === null
      ? ['Latency target', 'none', 'no latency target']
      : ['Latency target', num(w.latencyTargetMs, FORMATS.decimal), `ms at p${w.latencyPercentile ?? 95}`],
  );
  s.row(['Models', num(w.models.count, FORMATS.integer), `${w.models.sizeGB} GB each`]);
  s.row(['GPU needed', w.needsGpu ? 'yes' : 'no', '']);
  s.row(['Tolerates interruption', w.interruptible ? 'yes' : 'no', '']);
  s.row(['Commitment horizon', num(w.commitmentYears, FORMATS.integer), 'years']);
  const outTokens = s.row([
    'Output tokens per request',
    w.outputTokensPerRequest === undefined ? 'not given' : num(w.outputTokensPerRequest, FORMATS.integer),
    'the basis of cost per 1M output tokens',
  ]);
  s.finishTable(header, 3);
  return {
    sheet: s.build(),
    refs: {
      hoursPerMonth: ref(hours),
      requestsPerMonth: ref(requests),
      monthsPerYear: ref(months),
      outputTokensPerRequest: ref(outTokens),
    },
  };
}

/** The range of as-of dates of the prices in the catalog ("2026-07-20" or "2026-06-01 to 2026-07-20"). */
function pricesAsOf(data: ExportData): string {
  const dates = data.catalog
    .coverage()
    .map((c) => asOfDate(c))
    .sort();
  if (dates.length === 0) return 'unknown';
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  return first === last ? first : `${first} to ${last}`;
}
