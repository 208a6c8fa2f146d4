/**
 * One sheet per design: its line items, each `quantity × rate` as a formula over the Prices sheet
 * (and, for hour-based quantities, the Assumptions' hours per month), then the totals as formulas.
 * Each formula stores the value the app computed, so the sheet reads right before any recalculation.
 */
import type XLSX from 'xlsx';
import { HOURS_PER_MONTH, type DesignEstimate, type LineItem } from '@shared/domain';
import type { Design } from '@shared/project/schema';
import { describeDesign } from '../designDescription';
import type { AssumptionRefs } from './assumptionsSheet';
import { sheetRef } from '../sheetNames';
import { address, formula, FORMATS, num, SheetWriter, type CellInput } from '../sheetWriter';
import { instanceRateCell, throughputRows, type ThroughputCells } from './throughputRows';

/** Absolute references (with the sheet) to a design's totals, for the Summary. */
export interface DesignTotals {
  monthly: string;
  upfront: string;
  /** The throughput block's cells, with the sheet (null when the design has no throughput per instance). */
  throughput: ThroughputCells | null;
}

export interface DesignSheetInput {
  design: Design;
  estimate: DesignEstimate;
  sheetName: string;
  /** Prices-sheet rate reference of each line item. */
  rateRefs: string[];
  /** Prices-sheet upfront fee (per unit reserved) of each line item, null when its row has none. */
  upfrontRefs: Array<string | null>;
  /** Prices-sheet row label (P1, P2…) of each line item. */
  priceLabels: string[];
  assumptions: AssumptionRefs;
  recommended: boolean;
}

const UNAVAILABLE = 'unavailable';
const HEADERS = [
  'Line item',
  'Quantity',
  'Unit',
  'Rate (USD per unit)',
  'Monthly (USD)',
  'Upfront (USD)',
  'Price',
  'How the quantity is worked out',
  'Price note',
];

/** Builds a design's sheet and says where its totals are. */
export function designSheet(input: DesignSheetInput): { sheet: XLSX.WorkSheet; totals: DesignTotals } {
  const { design, estimate: e, assumptions } = input;
  const words = describeDesign(design);
  const s = new SheetWriter(`Design: ${design.name}${input.recommended ? ' (recommended)' : ''}`, [
    `${words.hosting}, ${words.instance}, ${words.scaling}; region ${e.region}`,
    `Way to pay: ${words.payment}`,
    `Feasible: ${e.feasible ? 'yes' : `no (${e.reasons.map((r) => r.message).join('; ')})`}`,
  ]);
  const header = s.header(HEADERS);
  const first = s.next;
  e.lineItems.forEach((line, i) => {
    const r = s.next;
    const rateRef = input.rateRefs[i]!;
    s.row([
      line.label,
      quantityCell(line, design, assumptions),
      line.unit,
      formula(`IF(ISNUMBER(${rateRef}),${rateRef},"${UNAVAILABLE}")`, line.rateUsd ?? UNAVAILABLE, FORMATS.rate),
      formula(
        // A quantity of 0 costs 0 even without a rate, as in the app: a missing rate there never voids the total.
        `IF(ISNUMBER(${address(r, 3)}),${address(r, 1)}*${address(r, 3)},IF(${address(r, 1)}=0,0,"${UNAVAILABLE}"))`,
        line.monthlyUsd ?? UNAVAILABLE,
        FORMATS.usd,
      ),
      upfrontCell(line, input.upfrontRefs[i] ?? null),
      input.priceLabels[i],
      line.formula,
      line.unavailable ?? '',
    ]);
  });
  const last = s.next - 1;
  s.finishTable(header, HEADERS.length);

  const range = (col: number) => `${address(first, col)}:${address(last, col)}`;
  const hasLines = last >= first;
  const monthlyRow = s.row([
    'Total per month',
    null,
    null,
    null,
    hasLines
      ? formula(
          `IF(COUNT(${range(4)})<ROWS(${range(4)}),"${UNAVAILABLE}",SUM(${range(4)}))`,
          e.monthlyUsd ?? UNAVAILABLE,
          FORMATS.usd,
        )
      : UNAVAILABLE, // no line: ruled out before anything could be priced (see the notes), not a cost of 0
    hasLines ? formula(`SUM(${range(5)})`, e.upfrontUsd, FORMATS.usd) : num(0, FORMATS.usd),
  ]);
  const monthly = address(monthlyRow, 4);
  s.row([
    'Total per year',
    null,
    null,
    null,
    formula(
      `IF(ISNUMBER(${monthly}),${monthly}*${assumptions.monthsPerYear},"${UNAVAILABLE}")`,
      e.yearlyUsd ?? UNAVAILABLE,
      FORMATS.usd,
    ),
  ]);
  s.skip();
  const throughput = throughputRows(s, e, instanceRateCell(e, first));
  notes(s, e);
  const ref = sheetRef(input.sheetName);
  const on = (cell: string | null) => (cell === null ? null : `${ref}${cell}`);
  return {
    sheet: s.build(),
    totals: {
      monthly: `${ref}${address(monthlyRow, 4, true)}`,
      upfront: `${ref}${address(monthlyRow, 5, true)}`,
      throughput: throughput && {
        requestsPerSecond: on(throughput.requestsPerSecond)!,
        outputTokensPerSecond: on(throughput.outputTokensPerSecond),
        fullLoadPer1MOutputTokens: on(throughput.fullLoadPer1MOutputTokens),
      },
    },
  };
}

/**
 * Hour-based quantities (instances × hours) are average instances × the Assumptions' hours per month,
 * so the month convention stays editable. Batch jobs bill job hours, not the month, so they stay values.
 */
function quantityCell(line: LineItem, design: Design, assumptions: AssumptionRefs): CellInput {
  const hourly = (line.unit === 'hour' || line.unit === 'hours') && design.hosting.type !== 'sagemaker-batch';
  const average = line.quantity / HOURS_PER_MONTH;
  const text = String(average);
  if (!hourly || line.quantity === 0 || /e/i.test(text)) return num(line.quantity, FORMATS.quantity);
  return formula(`${text}*${assumptions.hoursPerMonth}`, line.quantity, FORMATS.quantity);
}

/**
 * A reservation's upfront: instances reserved × the Prices sheet's fee per instance, so an edited fee
 * moves the design's and the Summary's upfront. Reservations bill every hour of the month, so the
 * count is the quantity ÷ 730. Other upfront amounts (a plan's prepaid share) stay values.
 */
function upfrontCell(line: LineItem, fee: string | null): CellInput {
  if (!line.upfrontUsd) return null;
  const count = line.quantity / HOURS_PER_MONTH;
  if (fee === null || !Number.isInteger(Math.round(count * 1e9) / 1e9)) return num(line.upfrontUsd, FORMATS.usd);
  return formula(`${Math.round(count)}*${fee}`, line.upfrontUsd, FORMATS.usd);
}

/** Reasons, warnings, latency and commitment terms under the table. */
function notes(s: SheetWriter, e: DesignEstimate): void {
  for (const r of e.reasons) s.row(['Not feasible', r.message]);
  for (const w of e.warnings) s.row(['Warning', w]);
  if (e.includesDerivedRates)
    s.row([
      'Includes derived rates',
      'some rates are derived by a stated rule: see the Note column of the Prices sheet',
    ]);
  const typical = e.latency.typicalMs;
  // Unknown stays unknown (a Bedrock model without a known output speed), with its reason.
  s.row(['Typical latency (ms)', typical === null ? 'unknown' : num(typical, FORMATS.decimal)]);
  if (e.latency.typicalBasis) s.row(['Typical latency basis', e.latency.typicalBasis]);
  s.row(['Requests exposed to cold starts', num(e.latency.coldStartShare, FORMATS.percent)]);
  if (e.commitment) {
    s.row(['Commitment rate (USD per unit)', num(e.commitment.committedRateUsd, FORMATS.rate)]);
    s.row(['On-demand rate (USD per unit)', num(e.commitment.onDemandRateUsd, FORMATS.rate)]);
    s.row(['Break-even utilization', num(e.commitment.breakEvenUtilization, FORMATS.percent)]);
  }
}
