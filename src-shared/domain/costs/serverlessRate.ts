/**
 * Serverless rates by memory size. AWS prices SageMaker serverless compute linearly in memory
 * ($0.00002 per GB-second in us-east-1), but public data carries only some sizes: a missing size is
 * derived from another size of the same meter and region, marked derived with the rule.
 */
import type { PriceCatalog } from '../../prices/catalog';
import { describePriceKey } from '../../prices/keyWords';
import { addWarning, type WarningSink } from '../pricing/context';
import { quote, type Quote } from '../pricing/quotes';

/** The meter's rate for `memoryMB`, exact or derived linearly from the nearest size in the data. */
export function rateByMemory(
  catalog: PriceCatalog,
  keyFor: (memoryMB: number) => string,
  memoryMB: number,
  notes: WarningSink,
): Quote {
  const exact = quote(catalog, keyFor(memoryMB));
  if (exact.ok) return exact;
  const prefix = keyFor(0).slice(0, -1); // "…/serverless-compute/"
  let best: { mb: number; key: string } | undefined;
  for (const k of catalog.keysWithPrefix(prefix)) {
    const mb = Number(k.slice(prefix.length));
    if (Number.isFinite(mb) && mb > 0 && (!best || Math.abs(mb - memoryMB) < Math.abs(best.mb - memoryMB)))
      best = { mb, key: k };
  }
  if (!best) return exact;
  const base = quote(catalog, best.key);
  if (!base.ok) return exact;
  const rule = `linear in memory: rate for ${best.mb} MB × ${memoryMB}/${best.mb}`;
  addWarning(notes, `${describePriceKey(keyFor(memoryMB))}: rate derived (${rule})`, keyFor(memoryMB));
  return {
    ...base,
    usd: (base.usd * memoryMB) / best.mb,
    key: keyFor(memoryMB),
    source: { ...base.source, origin: 'derived', derivedFrom: best.key, rule },
  };
}
