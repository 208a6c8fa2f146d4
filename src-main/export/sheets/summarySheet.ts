/**
 * The Summary sheet: the designs side by side, one row each. Every amount is a formula over a design
 * sheet's totals and the Assumptions, so editing a rate or an assumption anywhere updates it.
 */
import type XLSX from 'xlsx';
import { hostingOutputTokens, type DesignEstimate } from '@shared/domain';
import type { Design } from '@shared/project/schema';
import { describeDesign } from '../designDescription';
import type { ExportData } from '../exportData';
import type { AssumptionRefs } from './assumptionsSheet';
import type { DesignTotals } from './designSheet';
import { address, formula, FORMATS, SheetWriter, type CellInput } from '../sheetWriter';
import { throughputSourceText } from './throughputRows';

const UNAVAILABLE = 'unavailable';
const NO_TOKENS = 'no output tokens';
const HEADERS = [
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
];
/** Column of the monthly total (the others are relative to it). */
export const SUMMARY_MONTHLY_COLUMN = 8;

/**
 * Monthly ÷ (requests × output tokens per request) × 10^6, over the Assumptions' output tokens (a
 * Bedrock design's own token count, when it gives one, is written into the formula).
 */
function perMillionTokens(e: DesignEstimate, d: Design, monthly: string, req: string, workloadTokens: string) {
  const own = hostingOutputTokens(d.hosting);
  const tokens = own !== undefined ? String(own) : workloadTokens;
  return formula(
    `IF(NOT(ISNUMBER(${tokens})),"${NO_TOKENS}",IF(AND(ISNUMBER(${monthly}),${req}>0,${tokens}>0),${monthly}/(${req}*${tokens})*1000000,"${UNAVAILABLE}"))`,
    e.outputTokensPerMonth === null ? NO_TOKENS : (e.costPer1MOutputTokensUsd ?? UNAVAILABLE),
    FORMATS.rate,
  );
}

/** A reference to a design sheet's cell, carrying the app's value; empty when there is none. */
function refCell(cell: string | null | undefined, value: number | null, z: string): CellInput {
  if (cell === null || cell === undefined) return '';
  return formula(cell, value ?? UNAVAILABLE, z);
}

/** Builds the Summary from the design sheets' total references. */
export function summarySheet(
  data: ExportData,
  totals: ReadonlyArray<DesignTotals>,
  assumptions: AssumptionRefs,
): XLSX.WorkSheet {
  const { project, estimates } = data;
  const best = data.recommended === null ? null : estimates[data.recommended]!;
  const s = new SheetWriter(`InferCalc comparison: ${project.name}`, [
    `${estimates.length} design(s) for ${project.region}, exported ${data.exportedOn}. Amounts in USD; month = 730 hours.`,
    best
      ? `Recommended: ${best.name} (feasible and the cheapest feasible design)`
      : 'Recommended: none (no design is both feasible and fully priced)',
  ]);
  const header = s.header(HEADERS);
  estimates.forEach((e, i) => {
    const r = s.next;
    const words = describeDesign(project.designs[i]!);
    const monthly = address(r, SUMMARY_MONTHLY_COLUMN);
    const req = assumptions.requestsPerMonth;
    s.row([
      data.ranks[i],
      e.name,
      data.sheetNames[i],
      words.hosting,
      words.instance,
      words.scaling,
      words.payment,
      e.region,
      formula(totals[i]!.monthly, e.monthlyUsd ?? UNAVAILABLE, FORMATS.usd),
      formula(
        `IF(ISNUMBER(${monthly}),${monthly}*${assumptions.monthsPerYear},"${UNAVAILABLE}")`,
        e.yearlyUsd ?? UNAVAILABLE,
        FORMATS.usd,
      ),
      formula(
        `IF(AND(ISNUMBER(${monthly}),${req}>0),${monthly}/${req}*1000,"${UNAVAILABLE}")`,
        e.costPer1kRequestsUsd ?? UNAVAILABLE,
        FORMATS.usd,
      ),
      formula(totals[i]!.upfront, e.upfrontUsd, FORMATS.usd),
      e.feasible ? 'yes' : 'no',
      data.recommended === i ? 'yes' : '',
      e.reasons.map((x) => x.message).join('; '),
      perMillionTokens(e, project.designs[i]!, monthly, req, assumptions.outputTokensPerRequest),
      refCell(totals[i]!.throughput?.requestsPerSecond, e.throughput?.requestsPerSecond ?? null, FORMATS.quantity),
      refCell(
        totals[i]!.throughput?.outputTokensPerSecond,
        e.throughput?.outputTokensPerSecond ?? null,
        FORMATS.quantity,
      ),
      e.throughput ? throughputSourceText(e.throughput) : '',
      refCell(
        totals[i]!.throughput?.fullLoadPer1MOutputTokens,
        e.throughput?.costPer1MOutputTokensAtFullLoadUsd ?? null,
        FORMATS.rate,
      ),
    ]);
  });
  s.finishTable(header, HEADERS.length);
  return s.build();
}
