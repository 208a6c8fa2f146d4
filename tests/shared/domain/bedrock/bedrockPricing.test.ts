/**
 * Bedrock compared fairly, through the cost engine (issue 12), with hand-worked figures:
 * the model's kind from the price data (never a name guess), each mode and route at its own price on
 * its own line, prompt-cache reads and writes, Provisioned Throughput on the terms the model allows
 * and sized from tokens per minute, and latency from output tokens ÷ output speed or unknown.
 *
 * Traffic: 2 req/s for 8 hours a day (09:00–17:00), every day: 56 hours a week with traffic,
 * 403,200 requests a week, 1,752,000 a month (× 730/168); 243.33 hours with traffic a month, so at
 * most 2,920 prompt-cache writes (one per 5-minute window).
 */
import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain/estimate';
import { recommendForWorkload } from '@shared/domain/recommend/recommend';
import { createPriceCatalog } from '@shared/prices/lookup';
import { priceKeys } from '@shared/prices/keys';
import type { BedrockModelInfo } from '@shared/prices/catalog';
import type { Design, Workload } from '@shared/domain/model';
import { catalogData, design, entry, line } from '../fixtures';
import { chatWorkload } from '../gpu/workloads';

const R = 'us-east-1';
const HAIKU = 'anthropic.claude-3-haiku';
const tok = (
  route: 'in-region' | 'geo' | 'global',
  meter: Parameters<typeof priceKeys.bedrockTokens>[2],
  model: string,
  usd: number,
) => entry(priceKeys.bedrockTokens(R, route, meter, model), usd, '1M tokens');

const models: BedrockModelInfo[] = [
  { model: HAIKU, kind: 'text-generation', name: 'Claude 3 Haiku', sources: ['test'] },
  { model: 'amazon.titan-embed-text-v2', kind: 'embedding', name: 'Titan Text Embeddings V2', sources: ['test'] },
  // Names that would fool a guess: a generator whose id says "embed", an embedder whose id does not.
  { model: 'acme.embedded-chat', kind: 'text-generation', sources: ['test'] },
  { model: 'acme.vectors', kind: 'embedding', sources: ['test'] },
  { model: 'anthropic.claude-v2', kind: 'text-generation', sources: ['test'] },
];
const catalog = createPriceCatalog({
  ...catalogData([
    tok('in-region', 'cache-read', HAIKU, 0.03),
    tok('in-region', 'cache-write', HAIKU, 0.3),
    tok('in-region', 'batch-input', HAIKU, 0.125),
    tok('in-region', 'batch-output', HAIKU, 0.625),
    tok('geo', 'input', HAIKU, 0.275),
    tok('geo', 'output', HAIKU, 1.375),
    tok('global', 'input', HAIKU, 0.25),
    tok('global', 'output', HAIKU, 1.25),
    tok('in-region', 'input', 'amazon.titan-embed-text-v2', 0.02),
    tok('in-region', 'input', 'acme.embedded-chat', 0.3),
    tok('in-region', 'output', 'acme.embedded-chat', 0.3),
    // An embedding model with an output price in the data: its kind still rules it out for generation.
    tok('in-region', 'input', 'acme.vectors', 0.01),
    tok('in-region', 'output', 'acme.vectors', 0.01),
    tok('in-region', 'input', 'anthropic.claude-v2', 8),
    tok('in-region', 'output', 'anthropic.claude-v2', 24),
    entry(priceKeys.bedrockProvisionedThroughput(R, 'anthropic.claude-v2', '1-month'), 63, 'hour'),
    entry(priceKeys.bedrockProvisionedThroughput(R, 'anthropic.claude-v2', '6-month'), 35, 'hour'),
  ]),
  bedrockModels: models,
});

const hours = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 2 : 0));
const chat = (over: Partial<Workload> = {}) =>
  chatWorkload({ traffic: { pattern: 'hourly', requestsPerSecond: hours }, ...over });
const REQUESTS = 2 * 3600 * 56 * (730 / 168);
const WRITES = 56 * (730 / 168) * 12;
const bedrock = (over: object = {}, purchase?: Design['purchase']): Design =>
  design({ type: 'bedrock', model: HAIKU, ...over } as Design['hosting'], purchase);
const estimate = (d: Design, w: Workload = chat()) => estimateDesign(d, w, catalog, R);
const rules = (e: { reasons: { rule: string }[] }) => e.reasons.map((r) => r.rule);

describe("the model's kind comes from the price data", () => {
  it('a generation workload is proposed the text-generation model cheapest for its mix, never an embedding model', () => {
    // 500 in / 300 out: Haiku $0.0005, acme.embedded-chat $0.00024, acme.vectors (embedding) $0.000008.
    const recs = recommendForWorkload(chat(), catalog, R).filter((r) => r.design.hosting.type === 'bedrock');
    const onDemand = recs.find((r) => !('mode' in r.design.hosting))!;
    expect((onDemand.design.hosting as { model: string }).model).toBe('acme.embedded-chat');
    for (const r of recs)
      expect(['acme.vectors', 'amazon.titan-embed-text-v2']).not.toContain(
        (r.design.hosting as { model: string }).model,
      );
  });

  it('an embedding workload (no output tokens) is proposed the cheapest embedding model', () => {
    const recs = recommendForWorkload(chat({ outputTokensPerRequest: 0 }), catalog, R);
    const b = recs.find((r) => r.design.hosting.type === 'bedrock')!;
    expect((b.design.hosting as { model: string }).model).toBe('acme.vectors');
    expect(b.why.map((w) => w.message).join(' ')).toContain('embedding model');
  });

  it('an embedding model asked for output tokens is not feasible, naming the model', () => {
    const e = estimate(bedrock({ model: 'amazon.titan-embed-text-v2' }));
    expect(e.reasons.find((r) => r.rule === 'bedrock.modelKind')?.message).toContain('Titan Text Embeddings V2');
  });

  it('an embedding model for embeddings bills input only: 1,752,000 × 500 × $0.02/1M = $17.52', () => {
    const e = estimate(bedrock({ model: 'amazon.titan-embed-text-v2' }), chat({ outputTokensPerRequest: 0 }));
    expect(e.feasible).toBe(true);
    expect(e.lineItems).toHaveLength(1);
    expect(e.monthlyUsd).toBeCloseTo((REQUESTS * 500 * 0.02) / 1e6, 9);
  });
});

describe('mode and route, each at its own price on its own line', () => {
  it('on-demand in-region: 1,752,000 × (500 × $0.25 + 300 × $1.25)/1M = $876', () => {
    const e = estimate(bedrock());
    expect(e.monthlyUsd).toBeCloseTo(876, 6);
    expect(line(e.lineItems, 'Input tokens').priceKey).toBe(priceKeys.bedrockInputTokens(R, HAIKU));
  });

  it('batch inference at batch prices (half): $438, its own keys and labels; no latency target allowed', () => {
    const e = estimate(bedrock({ mode: 'batch' }), chat({ latencyTargetMs: null }));
    expect(e.feasible).toBe(true);
    expect(e.monthlyUsd).toBeCloseTo(438, 6);
    const input = line(e.lineItems, 'Input tokens');
    expect(input.label).toContain('batch');
    expect(input.priceKey).toBe(priceKeys.bedrockTokens(R, 'in-region', 'batch-input', HAIKU));
    expect(rules(estimate(bedrock({ mode: 'batch' })))).toContain('bedrock.batchLatency');
  });

  it('geo cross-Region profile at its price: 1,752,000 × (500 × $0.275 + 300 × $1.375)/1M = $963.60', () => {
    const e = estimate(bedrock({ route: 'geo' }));
    expect(e.monthlyUsd).toBeCloseTo(963.6, 6);
    expect(line(e.lineItems, 'Output tokens').label).toContain('geo cross-Region');
    expect(line(e.lineItems, 'Output tokens').priceKey).toBe(priceKeys.bedrockTokens(R, 'geo', 'output', HAIKU));
  });

  it('global route at its own keys; a route the data lacks is unavailable with what to enter or choose', () => {
    expect(line(estimate(bedrock({ route: 'global' })).lineItems, 'Input tokens').priceKey).toBe(
      priceKeys.bedrockTokens(R, 'global', 'input', HAIKU),
    );
    const e = estimate(bedrock({ model: 'anthropic.claude-v2', route: 'geo' }));
    expect(e.monthlyUsd).toBeNull();
    expect(line(e.lineItems, 'Input tokens').unavailable).toContain('choose route in-region');
  });

  it('the recommender adds batch inference when the workload has no latency target', () => {
    const recs = recommendForWorkload(chat({ latencyTargetMs: null }), catalog, R);
    const batch = recs.find((r) => (r.design.hosting as { mode?: string }).mode === 'batch');
    expect(batch?.estimate.feasible).toBe(true);
    expect((batch!.design.hosting as { model: string }).model).toBe(HAIKU);
    expect(recommendForWorkload(chat(), catalog, R).some((r) => 'mode' in r.design.hosting)).toBe(false);
  });
});

describe('prompt cache reads and writes from cachedInputTokensPerRequest', () => {
  it('400 of 500 cached: 100 input, 400 read (less the writes), 2,920 writes of 400 at the write price', () => {
    const e = estimate(bedrock(), chat({ cachedInputTokensPerRequest: 400 }));
    const cost = (p: string) => line(e.lineItems, p).monthlyUsd!;
    expect(cost('Input tokens')).toBeCloseTo((REQUESTS * 100 * 0.25) / 1e6, 9);
    expect(cost('Cache-read input tokens')).toBeCloseTo(((REQUESTS - WRITES) * 400 * 0.03) / 1e6, 9);
    expect(cost('Cache-write input tokens')).toBeCloseTo((WRITES * 400 * 0.3) / 1e6, 9);
    expect(line(e.lineItems, 'Cache-write input tokens').formula).toContain('5-minute window');
    expect(cost('Output tokens')).toBeCloseTo((REQUESTS * 300 * 1.25) / 1e6, 9);
  });

  it('batch inference has no prompt cache: cached tokens billed as batch input, with a warning', () => {
    const e = estimate(bedrock({ mode: 'batch' }), chat({ cachedInputTokensPerRequest: 400, latencyTargetMs: null }));
    expect(line(e.lineItems, 'Input tokens').monthlyUsd).toBeCloseTo((REQUESTS * 500 * 0.125) / 1e6, 9);
    expect(e.lineItems.some((l) => l.label.startsWith('Cache'))).toBe(false);
    expect(e.warnings.join(' ')).toContain('no prompt cache');
  });
});

describe('Provisioned Throughput', () => {
  const pt = (term: 'none' | '1-month' | '6-month', extra: object = {}) =>
    ({ type: 'provisioned-throughput', modelUnits: 2, term, ...extra }) as Design['purchase'];

  it('bills model units × 730 h at the term rate: 2 × 730 × $35 = $51,100', () => {
    const e = estimate(bedrock({ model: 'anthropic.claude-v2' }, pt('6-month')));
    expect(e.monthlyUsd).toBeCloseTo(51_100, 6);
    expect(e.feasible).toBe(true);
  });

  it('a term the model does not offer is not feasible, naming the terms it does', () => {
    const e = estimate(bedrock({ model: 'anthropic.claude-v2' }, pt('none')));
    expect(e.reasons.find((r) => r.rule === 'bedrock.provisionedTerm')?.message).toMatch(/1-month or 6-month/);
  });

  it('sized from tokens per minute: peak 2 req/s × 60 × 800 = 96,000/min ÷ 40,000 per unit → 3 units', () => {
    const short = estimate(
      bedrock({ model: 'anthropic.claude-v2' }, pt('1-month', { tokensPerMinutePerModelUnit: 40_000 })),
    );
    expect(short.reasons.find((r) => r.rule === 'bedrock.provisionedUnits')?.message).toContain('needs 3 model units');
    const enough = estimate(
      bedrock({ model: 'anthropic.claude-v2' }, { ...pt('1-month', { tokensPerMinutePerModelUnit: 50_000 }) }),
    );
    expect(rules(enough)).not.toContain('bedrock.provisionedUnits');
  });

  it('is for on-demand requests in the region only', () => {
    expect(rules(estimate(bedrock({ model: 'anthropic.claude-v2', route: 'geo' }, pt('1-month'))))).toContain(
      'bedrock.provisionedMode',
    );
  });
});

describe('latency from output tokens and the model output speed', () => {
  it('300 tokens ÷ 60 tokens/s + 400 ms = 5,400 ms, not the 3,000 ms inference time', () => {
    const e = estimate(bedrock({ outputTokensPerSecond: 60, timeToFirstTokenMs: 400 }));
    expect(e.latency.typicalMs).toBe(5400);
    expect(e.latency.typicalBasis).toContain('300 tokens ÷ 60 tokens/s');
  });

  it('unknown output speed: latency unknown and labelled, never the inference time', () => {
    const e = estimate(bedrock());
    expect(e.latency.typicalMs).toBeNull();
    expect(e.latency.typicalBasis).toMatch(/^unknown/);
    expect(e.latency.typicalBasis).toContain("enter the model's output speed");
  });

  it('a known latency over the target is a reason; the self-hosted inference time is not', () => {
    expect(rules(estimate(bedrock({ outputTokensPerSecond: 20 })))).toContain('bedrock.latency'); // 15 s > 10 s
    // The workload's own model takes 3 s; a 2 s target rules out self-hosting, not Bedrock at 200 tokens/s (1.5 s).
    const fast = estimate(bedrock({ outputTokensPerSecond: 200 }), chat({ latencyTargetMs: 2000 }));
    expect(fast.feasible).toBe(true);
  });
});
