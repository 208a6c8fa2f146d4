/**
 * Feasibility rules every design is checked against, whatever its hosting: the limits of its hosting
 * type (its definition's limits), the latency target, the region's price data and whether the way to
 * pay applies. Each failure is a reason naming the limit; the checks never stop at the first failure.
 */
import { hostingDefinition } from '../hosting';
import { purchaseDefinition } from '../purchase';
import { purchaseExclusion } from '../purchaseRules';
import { addReason, addWarning, type EstimateContext } from '../pricing/context';
import { BYTES_PER_KIB, BYTES_PER_MB, formatBytes } from '../units';

/**
 * Asynchronous inference queues requests and exchanges payloads through S3, so a latency target under
 * this is out of its reach. A modelling threshold (AWS gives no figure): "near-real-time" means seconds.
 */
export const QUEUED_MIN_LATENCY_MS = 1000;

function limitMB(bytes: number): string {
  return bytes >= 1024 * BYTES_PER_MB ? `${bytes / (1024 * BYTES_PER_MB)} GB` : `${bytes / BYTES_PER_MB} MB`;
}

/** Adds every common reason the design fails the workload to the context. */
export function checkCommonFeasibility(ctx: EstimateContext, projectRegion: string): void {
  const { workload: w, design } = ctx;
  const hosting = hostingDefinition(design.hosting.type);
  const limits = hosting.limits;
  const requestBytes = w.requestKiB * BYTES_PER_KIB;
  const responseBytes = w.responseKiB * BYTES_PER_KIB;
  const key = hosting.ruleKey;

  if (limits.maxRequestBytes !== null && requestBytes > limits.maxRequestBytes)
    addReason(
      ctx,
      `${key}.payload`,
      `payload ${formatBytes(requestBytes)} exceeds ${limits.label}'s ${limitMB(limits.maxRequestBytes)} limit`,
    );
  if (limits.maxResponseBytes !== null && responseBytes > limits.maxResponseBytes)
    addReason(
      ctx,
      `${key}.response`,
      `response ${formatBytes(responseBytes)} exceeds ${limits.label}'s ${limitMB(limits.maxResponseBytes)} limit`,
    );
  if (limits.maxRequestSeconds !== null && w.inferenceMs > limits.maxRequestSeconds * 1000)
    addReason(
      ctx,
      `${key}.requestTime`,
      `inference time ${w.inferenceMs / 1000} s exceeds ${limits.label}'s ${limits.maxRequestSeconds} s per request`,
    );
  if (w.needsGpu && limits.gpu === 'no')
    addReason(ctx, `${key}.gpu`, `the model needs a GPU and ${limits.label} has none`);

  const target = w.latencyTargetMs;
  if (limits.persistentEndpoint && target !== null) {
    // A managed model's time is its own, not the workload's inference time (hosting/bedrock.ts checks it).
    if (target < w.inferenceMs && limits.gpu !== 'managed')
      addReason(
        ctx,
        'latency.target',
        `latency target ${target} ms is below the model's inference time ${w.inferenceMs} ms`,
      );
    if (limits.queued && target < QUEUED_MIN_LATENCY_MS)
      addReason(
        ctx,
        `${key}.latency`,
        `${limits.label} queues requests (near-real-time, seconds); the latency target ${target} ms needs a synchronous endpoint`,
      );
  }

  const regions = ctx.catalog.regions();
  if (regions.length > 0 && !regions.includes(ctx.region))
    addReason(
      ctx,
      'region.prices',
      `region ${ctx.region} has no prices in the price data (regions with prices: ${regions.slice(0, 6).join(', ')}${regions.length > 6 ? ', ...' : ''})`,
    );
  if (ctx.region !== projectRegion)
    ctx.warnings.push(`This design runs in ${ctx.region}, not the project's region ${projectRegion}`);

  const exclusion = purchaseExclusion(design.purchase.type, design.hosting.type);
  if (exclusion !== null) {
    addReason(ctx, 'purchase.applicability', exclusion);
    addWarning(
      ctx,
      `Usage priced on-demand because ${purchaseDefinition(design.purchase.type).label} does not apply to ${limits.label}`,
      `purchase.type ${design.purchase.type}`,
    );
  } else {
    // The way to pay's own rules of the workload (spot: interruptible), where it applies.
    purchaseDefinition(design.purchase.type).check(ctx, design.purchase);
  }
}
