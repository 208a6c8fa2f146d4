/** Bedrock compared fairly: ranking by the token mix, latency from output speed, Provisioned Throughput sizing. */
import { describe, expect, it } from 'vitest';
import {
  bedrockLatency,
  bedrockModelPrices,
  bedrockRequestCost,
  isTextGeneration,
  promptCacheWriteTokens,
  provisionedThroughputTerms,
  rankBedrockModels,
  sizeProvisionedThroughput,
} from '@shared/domain/gpu/bedrockChoice';
import { priceKeys } from '@shared/prices/keys';
import { testCatalog } from '../fixtures';

const R = 'us-east-1';
const models = [
  { model: 'amazon.titan-embed-text-v2', inputPer1M: 0.02, outputPer1M: undefined },
  { model: 'cohere.embed-english-v3', inputPer1M: 0.1, outputPer1M: 0 },
  { model: 'anthropic.claude-3-haiku', inputPer1M: 0.25, outputPer1M: 1.25 },
  { model: 'meta.llama3-1-8b-instruct', inputPer1M: 0.22, outputPer1M: 0.22 },
  { model: 'anthropic.claude-3-5-haiku', inputPer1M: 0.8, outputPer1M: 4, cacheReadPer1M: 0.08 },
];
const mix = { inputTokens: 500, outputTokens: 300 };

describe('ranking Bedrock models for a generation workload', () => {
  it('never proposes an embedding model, even the one with the cheapest input price', () => {
    expect(isTextGeneration(models[0]!)).toBe(false);
    expect(isTextGeneration(models[1]!)).toBe(false); // an output price of 0 does not make it a generator
    const ranked = rankBedrockModels(models, mix).map((r) => r.model);
    expect(ranked).not.toContain('amazon.titan-embed-text-v2');
    expect(ranked).not.toContain('cohere.embed-english-v3');
  });

  it('ranks by the token mix: 500 in / 300 out → Llama 3.1 8B $0.000176, Claude 3 Haiku $0.0005, 3.5 Haiku $0.0016', () => {
    const ranked = rankBedrockModels(models, mix);
    expect(ranked.map((r) => r.model)).toEqual([
      'meta.llama3-1-8b-instruct',
      'anthropic.claude-3-haiku',
      'anthropic.claude-3-5-haiku',
    ]);
    expect(ranked[0]!.usdPerRequest).toBeCloseTo(800 * 0.22e-6, 12);
    expect(ranked[1]!.usdPerRequest).toBeCloseTo(500 * 0.25e-6 + 300 * 1.25e-6, 12);
  });

  it('a mix heavy in output favours cheap output: 100 in / 2,000 out', () => {
    const heavy = rankBedrockModels(
      [
        { model: 'a', inputPer1M: 0.1, outputPer1M: 2 },
        { model: 'b', inputPer1M: 1, outputPer1M: 1 },
      ],
      { inputTokens: 100, outputTokens: 2000 },
    );
    expect(heavy[0]!.model).toBe('b');
  });

  it('cached input is read at the cache price: 100 × 0.8 + 400 × 0.08 + 300 × 4 = $0.001312', () => {
    const c = bedrockRequestCost(models[4]!, { ...mix, cachedInputTokens: 400 })!;
    expect(c.usdPerRequest).toBeCloseTo(1312e-6, 12);
    expect(c.basis).toContain('400 cached');
    // A model without a cache price bills every input token at the input price.
    expect(bedrockRequestCost(models[2]!, { ...mix, cachedInputTokens: 400 })!.usdPerRequest).toBeCloseTo(500e-6, 12);
  });

  it('reads the on-demand prices from the catalog (the fixture has Claude 3 Haiku)', () => {
    const prices = bedrockModelPrices(testCatalog(), R);
    expect(prices).toEqual([
      {
        model: 'anthropic.claude-3-haiku',
        inputPer1M: 0.25,
        outputPer1M: 1.25,
        cacheReadPer1M: undefined,
        cacheWritePer1M: undefined,
      },
    ]);
  });
});

describe('prompt cache writes', () => {
  it('at most one write per 5-minute window with traffic, never more than there are requests', () => {
    // 200 business hours a month → 2,400 windows; 1M requests → 2,400 writes of 400 tokens.
    expect(promptCacheWriteTokens(400, 1_000_000, 200)).toBe(400 * 2400);
    expect(promptCacheWriteTokens(400, 1000, 200)).toBe(400 * 1000);
  });
});

describe('Bedrock latency', () => {
  it('output tokens ÷ output speed (+ time to first token): 300 ÷ 60 tokens/s + 400 ms = 5,400 ms', () => {
    expect(bedrockLatency(300, 60, 400)).toMatchObject({ known: true, ms: 5400 });
    expect(bedrockLatency(300, 60)).toMatchObject({ known: true, ms: 5000 });
  });

  it('unknown speed: unknown, not the inference time', () => {
    const l = bedrockLatency(300, undefined);
    expect(l.known).toBe(false);
    if (!l.known) expect(l.reason).toMatch(/^unknown/);
  });
});

describe('Provisioned Throughput sizing', () => {
  it('⌈peak tokens per minute ÷ a unit’s capacity⌉: 10 req/s × 60 × 800 tokens = 480,000/min ÷ 100,000 = 5 units', () => {
    const s = sizeProvisionedThroughput(10, mix, 100_000)!;
    expect(s.peakTokensPerMinute).toBe(480_000);
    expect(s.modelUnits).toBe(5);
    expect(sizeProvisionedThroughput(10.1, mix, 100_000)!.modelUnits).toBe(5); // 484,800 → 4.85 → 5
    expect(sizeProvisionedThroughput(0.001, mix, 100_000)!.modelUnits).toBe(1);
    expect(sizeProvisionedThroughput(10, mix, 0)).toBeNull();
  });

  it('offers only the terms the price data has a rate for', () => {
    const extra = [
      {
        key: priceKeys.bedrockProvisionedThroughput(R, 'anthropic.claude-instant-v1', '1-month'),
        usd: 39.6,
        unit: 'hour',
        source: { origin: 'snapshot' as const, label: 'test', asOf: '2026-06-01' },
      },
    ];
    expect(provisionedThroughputTerms(testCatalog(extra), R, 'anthropic.claude-instant-v1')).toEqual(['1-month']);
    expect(provisionedThroughputTerms(testCatalog(), R, 'anthropic.claude-3-haiku')).toEqual([]);
  });
});
