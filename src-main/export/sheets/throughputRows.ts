/**
 * A design sheet's throughput block: one instance's throughput with its source (measured from a load
 * test, or estimated by a stated rule), the on-demand price per instance-hour, and the full-load unit
 * costs as formulas over those cells: per 1M output tokens = price ÷ (tokens/s × 3600) × 10^6, per
 * 1,000 requests = price ÷ (requests/s × 3600) × 1000. Editing the throughput or the rate (on the
 * Prices sheet, through the instance line) moves them, and the Summary, in Excel or LibreOffice.
 */
import { throughputSourceWords, type DesignEstimate, type ThroughputSummary } from '@shared/domain';
import { address, formula, FORMATS, num, type SheetWriter } from '../sheetWriter';

const UNAVAILABLE = 'unavailable';

/** Where a design sheet's throughput cells are (relative addresses on that sheet). */
export interface ThroughputCells {
  requestsPerSecond: string;
  outputTokensPerSecond: string | null;
  fullLoadPer1MOutputTokens: string | null;
}

/** "measured: load test …" or "estimated: …": the figure's kind first, then where it comes from. */
export function throughputSourceText(t: ThroughputSummary): string {
  return `${t.kind}: ${throughputSourceWords(t.source)}`;
}

/**
 * The rate cell (column D of the line-item table) of the line billed at the on-demand instance-hour
 * price the full-load costs use, when the design has such a line; else null.
 */
export function instanceRateCell(e: DesignEstimate, firstLineRow: number): string | null {
  const hourly = e.throughput?.hourlyUsd ?? null;
  if (hourly === null) return null;
  const i = e.lineItems.findIndex(
    (l) => l.priceKey !== null && (l.unit === 'hour' || l.unit === 'hours') && l.rateUsd === hourly,
  );
  return i < 0 ? null : address(firstLineRow + i, 3);
}

/** Writes the throughput block under a design's totals; null when the design has no throughput per instance. */
export function throughputRows(s: SheetWriter, e: DesignEstimate, rateCell: string | null): ThroughputCells | null {
  const t = e.throughput;
  if (!t) return null;
  s.row(['Throughput per instance', t.kind, throughputSourceText(t)]);
  const rps = address(
    s.row(['Requests per second per instance', num(t.requestsPerSecond, FORMATS.quantity), t.kind]),
    1,
  );
  const tps =
    t.outputTokensPerSecond === null
      ? null
      : address(
          s.row(['Output tokens per second per instance', num(t.outputTokensPerSecond, FORMATS.quantity), t.kind]),
          1,
        );
  const priceRow = s.row([
    'On-demand price per instance-hour (USD)',
    rateCell !== null
      ? formula(`IF(ISNUMBER(${rateCell}),${rateCell},"${UNAVAILABLE}")`, t.hourlyUsd ?? UNAVAILABLE, FORMATS.rate)
      : t.hourlyUsd === null
        ? UNAVAILABLE
        : num(t.hourlyUsd, FORMATS.rate),
    rateCell !== null ? 'the instance line’s rate above' : 'the on-demand rate (this design pays another way)',
  ]);
  const price = address(priceRow, 1);
  const fullLoad = (per: string, scale: number, value: number | null) =>
    formula(
      `IF(AND(ISNUMBER(${price}),ISNUMBER(${per}),${per}>0),${price}/(${per}*3600)*${scale},"${UNAVAILABLE}")`,
      value ?? UNAVAILABLE,
      FORMATS.rate,
    );
  const perToken =
    tps === null
      ? null
      : address(
          s.row([
            'Full-load cost per 1M output tokens (USD)',
            fullLoad(tps, 1_000_000, t.costPer1MOutputTokensAtFullLoadUsd),
            'price ÷ (output tokens/s × 3600) × 1,000,000',
          ]),
          1,
        );
  s.row([
    'Full-load cost per 1,000 requests (USD)',
    fullLoad(rps, 1000, t.costPer1kRequestsAtFullLoadUsd),
    'price ÷ (requests/s × 3600) × 1,000',
  ]);
  return { requestsPerSecond: rps, outputTokensPerSecond: tps, fullLoadPer1MOutputTokens: perToken };
}
