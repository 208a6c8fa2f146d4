/** Building line items that always satisfy monthlyUsd = quantity × rateUsd, or say why the rate is missing. */
import type { LineItem, LineKind } from '../results';
import type { Quote } from './quotes';
import { unitSize, type BaseUnit } from './units';

/**
 * A line for `quantity` base units priced by `q`. The quantity is converted into the unit the rate is
 * quoted in ("1M tokens"), so quantity × rate stays the monthly cost. A missing rate, or a rate in an
 * unexpected unit, gives a line with null rate and cost and the reason.
 */
export function priceLine(
  kind: LineKind,
  label: string,
  quantity: number,
  base: BaseUnit,
  q: Quote,
  formula: string,
): LineItem {
  if (!q.ok) return unavailableLine(kind, label, quantity, base, q.key, null, formula, q.reason, q.detail);
  const size = unitSize(q.unit, base);
  if (size === null) {
    const reason = `price unavailable: ${q.key ?? 'the rate'} is quoted per "${q.unit}", not per ${base}`;
    return unavailableLine(kind, label, quantity, base, q.key, q.source, formula, reason);
  }
  const qty = quantity / size;
  return {
    kind,
    label,
    quantity: qty,
    unit: q.unit,
    rateUsd: q.usd,
    monthlyUsd: qty * q.usd,
    priceKey: q.key,
    priceSource: q.source,
    formula,
  };
}

/**
 * A line without a usable rate: the quantity stays in the base unit, the rate is null, and it says why.
 * Its cost is null too, except when the quantity is 0: nothing is used, so it costs 0 whatever the
 * rate, and a meter the data lacks must not make the total unavailable.
 */
function unavailableLine(
  kind: LineKind,
  label: string,
  quantity: number,
  base: BaseUnit,
  priceKey: LineItem['priceKey'],
  priceSource: LineItem['priceSource'],
  formula: string,
  unavailable: string,
  detail?: string,
): LineItem {
  const monthlyUsd = quantity === 0 ? 0 : null;
  const line: LineItem = {
    kind,
    label,
    quantity,
    unit: base,
    rateUsd: null,
    monthlyUsd,
    priceKey,
    priceSource,
    formula,
    unavailable,
  };
  if (detail) line.detail = detail;
  return line;
}

/** Rate per base unit of a quote (e.g. per token for a "1M tokens" price), or null when unusable. */
export function ratePerBase(q: Quote, base: BaseUnit): number | null {
  if (!q.ok) return null;
  const size = unitSize(q.unit, base);
  return size === null ? null : q.usd / size;
}

/** Formats a number for formulas: up to 4 decimals, no trailing zeros. */
export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10000) / 10000);
}

/** A share (0..1) as a percentage for messages: "55%", "4.2%", "0.3%". */
export function fmtPercent(share: number): string {
  const pct = share * 100;
  // A small share must not read as none: 0.0441% stays "0.044%", below 0.01% says so.
  if (pct > 0 && pct < 0.01) return 'under 0.01%';
  if (pct > 0 && pct < 1) return `${Number(pct.toPrecision(2))}%`;
  return `${pct >= 10 ? Math.round(pct) : Math.round(pct * 10) / 10}%`;
}

/** A large count for messages, rounded with thousands separators: "44,816,786". */
export function fmtCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
