/**
 * What `infercalc estimate` and `infercalc recommend` print: one JSON document (`--json`) and a
 * plain-text table (every line with its control characters escaped: names come from the project).
 * Pure functions of the domain's results, so they are tested without a process.
 */
import type { DesignEstimate, LineItem, Recommendation, ThroughputSummary } from '@shared/domain';
import { throughputSourceWords } from '@shared/domain';
import { sourceInWords } from '@shared/prices/provenance';
import { escapeControls } from './safeText';

/** One line item in the JSON output. */
function lineJson(l: LineItem) {
  return {
    label: l.label,
    quantity: l.quantity,
    unit: l.unit,
    rateUsd: l.rateUsd,
    monthlyUsd: l.monthlyUsd,
    priceSource: l.priceSource,
    // The same words and as-of date the app and the workbook show.
    ...(l.priceSource ? { priceSourceText: sourceInWords(l.priceSource).text } : {}),
    priceKey: l.priceKey,
    formula: l.formula,
    ...(l.unavailable ? { unavailable: l.unavailable } : {}),
    ...(l.detail ? { detail: l.detail } : {}),
    ...(l.upfrontUsd ? { upfrontUsd: l.upfrontUsd } : {}),
  };
}

/** One design's estimate as `estimate --json` gives it. */
export function estimateJson(e: DesignEstimate) {
  return {
    name: e.name,
    region: e.region,
    hostingType: e.hostingType,
    purchaseType: e.purchaseType,
    monthlyUsd: e.monthlyUsd,
    includesDerivedRates: e.includesDerivedRates,
    yearlyUsd: e.yearlyUsd,
    upfrontUsd: e.upfrontUsd,
    requestsPerMonth: e.requestsPerMonth,
    costPer1kRequestsUsd: e.costPer1kRequestsUsd,
    costPer1MOutputTokensUsd: e.costPer1MOutputTokensUsd,
    ...(e.throughput ? { throughput: e.throughput } : {}),
    latency: {
      percentile: e.latency.percentile,
      percentileMs: e.latency.percentileMs,
      coldStartShare: e.latency.coldStartShare,
      typicalMs: e.latency.typicalMs,
      ...(e.latency.typicalBasis !== undefined ? { typicalBasis: e.latency.typicalBasis } : {}),
    },
    ...(e.runHours !== undefined ? { runHours: e.runHours, meetsWindow: e.meetsWindow } : {}),
    lineItems: e.lineItems.map(lineJson),
    warnings: e.warnings,
    // The technical names behind the warnings' words (price keys, project-file fields).
    ...(e.warningDetails ? { warningDetails: e.warningDetails } : {}),
    feasible: e.feasible,
    reasons: e.reasons,
  };
}

/** One recommendation as `recommend --json` gives it. */
export function recommendationJson(r: Recommendation) {
  return { rank: r.rank, why: r.why, whyNot: r.whyNot, design: r.design, ...estimateJson(r.estimate) };
}

/** A rate in plain decimals, never exponent notation: 0.0000002, not 2e-7 (up to 10 significant digits). */
export function plainDecimal(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 10 });
}

const usd = (n: number | null) => (n === null ? 'price unavailable' : `$${n.toFixed(2)}`);
const perMonth = (n: number | null) => (n === null ? 'monthly price unavailable' : `${usd(n)}/month`);

/** The text form of one estimate: total, feasibility, line items, reasons and warnings. */
export function estimateText(e: DesignEstimate): string {
  const out = [
    `${e.name} (${e.region}, ${e.hostingType}, ${e.purchaseType}): ${perMonth(e.monthlyUsd)}${e.monthlyUsd !== null && e.includesDerivedRates ? ' (includes derived rates)' : ''}${e.upfrontUsd > 0 ? ` + ${usd(e.upfrontUsd)} upfront` : ''}${e.feasible ? '' : '  [NOT FEASIBLE]'}`,
  ];
  const unit = [
    e.costPer1kRequestsUsd === null ? null : `${usdUnit(e.costPer1kRequestsUsd)} per 1,000 requests`,
    e.costPer1MOutputTokensUsd === null ? null : `${usdUnit(e.costPer1MOutputTokensUsd)} per 1M output tokens`,
  ].filter((x) => x !== null);
  if (unit.length > 0) out.push(`  ${unit.join(', ')}`);
  if (e.throughput) out.push(`  ${throughputText(e.throughput)}`);
  if (e.latency.percentileMs !== null)
    out.push(
      `  p${e.latency.percentile} latency ${plainDecimal(Math.round(e.latency.percentileMs * 10) / 10)} ms in the worst hour; ${plainDecimal(Math.round(e.latency.coldStartShare * 1e6) / 1e4)}% of requests meet a cold start`,
    );
  if (e.runHours !== undefined)
    out.push(
      `  each run takes ${plainDecimal(Math.round(e.runHours * 100) / 100)} h: ${e.meetsWindow ? 'meets' : 'misses'} its window`,
    );
  for (const l of e.lineItems) {
    const rate =
      l.rateUsd === null ? 'rate unavailable' : `${l.quantity.toFixed(2)} ${l.unit} × $${plainDecimal(l.rateUsd)}`;
    const source = l.priceSource ? ` [${sourceInWords(l.priceSource).text}]` : '';
    const why = l.unavailable ? ` (${l.unavailable}${l.detail ? ` [${l.detail}]` : ''})` : '';
    out.push(`  ${l.label}: ${rate} = ${usd(l.monthlyUsd)}${why}${source}`);
  }
  // The command line keeps the technical names (project-file fields, price keys) beside the words.
  for (const r of e.reasons) out.push(`  ✗ ${r.message}${r.detail ? ` [${r.detail}]` : ''}`);
  for (const w of e.warnings) out.push(`  ! ${w}${e.warningDetails?.[w] ? ` [${e.warningDetails[w]}]` : ''}`);
  return out.map(escapeControls).join('\n');
}

/** "Throughput per instance: 4 req/s, 1,200 output tokens/s (measured: load test …)". */
export function throughputText(t: ThroughputSummary): string {
  const tokens = t.outputTokensPerSecond === null ? '' : `, ${fmtNumber(t.outputTokensPerSecond)} output tokens/s`;
  const full =
    t.costPer1MOutputTokensAtFullLoadUsd === null
      ? ''
      : `; at full load ${usdUnit(t.costPer1MOutputTokensAtFullLoadUsd)} per 1M output tokens`;
  return `Throughput per instance: ${fmtNumber(t.requestsPerSecond)} req/s${tokens} (${t.kind}: ${throughputSourceWords(t.source)})${full}`;
}

/** A unit cost with the digits that matter ($0.0005 per 1,000 requests, not $0.00). */
function usdUnit(n: number): string {
  if (n === 0 || n >= 1) return `$${n.toFixed(2)}`;
  const rounded = Number(n.toPrecision(3));
  const decimals = Math.min(12, Math.max(2, 2 - Math.floor(Math.log10(rounded))));
  return `$${rounded.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1')}`;
}

function fmtNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: n >= 100 ? 0 : 3 });
}

/** The text form of one recommendation. */
export function recommendationText(r: Recommendation): string {
  const e = r.estimate;
  const lines = [`${r.rank}. ${e.name}: ${perMonth(e.monthlyUsd)}${e.feasible ? '' : '  [NOT FEASIBLE]'}`];
  for (const w of r.why) lines.push(`   why: ${w.message}`);
  for (const w of r.whyNot) lines.push(`   why not: ${w.message}`);
  return lines.map(escapeControls).join('\n');
}
