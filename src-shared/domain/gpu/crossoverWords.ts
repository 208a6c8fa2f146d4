/**
 * The words of the self-host vs Bedrock answer: what a crossing depends on (the instance's price, the
 * way to pay, the throughput per instance and whether it is measured or estimated, the Bedrock design's
 * price, the traffic's shape), in the user's words: no field names, no price keys.
 */
import type { Design } from '../model';
import { purchaseDefinition } from '../purchase';
import type { DesignEstimate } from '../results';
import type { WeekProfile } from '../traffic/week';
import { throughputSourceWords } from './throughput';

/** A design's throughput per instance as the answer states it. */
export interface CrossoverThroughput {
  kind: 'measured' | 'estimated';
  requestsPerSecond: number;
  outputTokensPerSecond: number | null;
  /** Where it comes from, in words: the load test, or the estimate's rule. */
  source: string;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: n >= 100 ? 0 : n >= 1 ? 2 : 4 });
}

function usd(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** The design's throughput per instance with its kind, or null when the estimate has none. */
export function throughputOf(e: DesignEstimate): CrossoverThroughput | null {
  const t = e.throughput;
  if (!t) return null;
  return {
    kind: t.kind,
    requestsPerSecond: t.requestsPerSecond,
    outputTokensPerSecond: t.outputTokensPerSecond,
    source: throughputSourceWords(t.source),
  };
}

/**
 * "330 output tokens/s (1.1 requests/s) per instance, measured (from …)"; without the kind ("… per
 * instance (from …)") where a label beside it already says measured or estimated.
 */
export function throughputWords(t: CrossoverThroughput, withKind = true): string {
  const figure =
    t.outputTokensPerSecond !== null
      ? `${fmt(t.outputTokensPerSecond)} output tokens/s (${fmt(t.requestsPerSecond)} requests/s)`
      : `${fmt(t.requestsPerSecond)} requests/s`;
  const source = `(${t.kind === 'measured' ? 'from ' : ''}${t.source})`;
  return withKind ? `${figure} per instance, ${t.kind} ${source}` : `${figure} per instance ${source}`;
}

/** A cost per 1M output tokens: cents with 2 decimals, smaller amounts with 3 significant digits. */
function perMillion(n: number): string {
  return n >= 1 ? usd(n) : `$${n.toPrecision(3)}`;
}

/**
 * Full-load cost per 1M output tokens of one instance against Bedrock's cost per 1M output tokens, in
 * words; null when either is unknown. Self-hosting can only win where its full-load cost is lower.
 */
export function fullLoadWords(e: DesignEstimate, bedrock: DesignEstimate): string | null {
  const own = e.throughput?.costPer1MOutputTokensAtFullLoadUsd ?? null;
  const theirs = bedrock.costPer1MOutputTokensUsd;
  if (own === null || theirs === null) return null;
  return `fully loaded, one instance costs ${perMillion(own)} per 1M output tokens (on-demand), against ${perMillion(theirs)} on Bedrock (input tokens included)`;
}

/** What the crossing of design `d` depends on, one line each. */
export function dependsOnWords(
  d: Design,
  e: DesignEstimate,
  bedrockName: string,
  bedrock: DesignEstimate,
  week: WeekProfile,
): string[] {
  const first = e.lineItems[0];
  const t = throughputOf(e);
  const bedrockMonthlyUsd = bedrock.monthlyUsd ?? 0;
  const fullLoad = fullLoadWords(e, bedrock);
  return [
    first
      ? `${first.label} at ${first.rateUsd === null ? 'no price' : `$${first.rateUsd}`} per ${first.unit.replace(/s$/, '')}`
      : 'the design has no priced line',
    `paid ${purchaseDefinition(d.purchase.type).label.toLowerCase()}`,
    t ? `throughput ${throughputWords(t)}` : 'no throughput per instance known',
    `the cheapest feasible Bedrock design, ${bedrockName} (${usd(bedrockMonthlyUsd)} a month now)`,
    ...(fullLoad ? [fullLoad] : []),
    `the traffic's shape (peak ${fmt(week.peakRps)} req/s, average ${fmt(week.averageRps)} req/s), scaled`,
  ];
}
