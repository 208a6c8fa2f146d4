/**
 * Messages people read say what to enter in plain words; the project-file field they refer to is kept
 * in a separate detail (for the CLI, the JSON and the app's "details" disclosure), never in the words.
 */
import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain/estimate';
import type { DesignEstimate } from '@shared/domain/results';
import { priceKeys } from '@shared/prices/keys';
import type { Design, Workload } from '@shared/project/schema';
import { design, entry, testCatalog, workload } from './fixtures';
import { fmtCount, fmtPercent } from '@shared/domain/pricing/lineItems';

const catalog = testCatalog([entry(priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.x9.large'), 1, 'hour')]);

function estimate(d: Design, w: Workload = workload()): DesignEstimate {
  return estimateDesign(d, w, catalog, 'us-east-1');
}

/** Every message of an estimate with its detail: reasons and the unavailable lines' reasons. */
function notes(e: DesignEstimate): Array<{ message: string; detail?: string | undefined }> {
  return [
    ...e.reasons,
    ...e.lineItems.flatMap((l) => (l.unavailable ? [{ message: l.unavailable, detail: l.detail }] : [])),
  ];
}

function messages(e: DesignEstimate): string[] {
  return notes(e).map((n) => n.message);
}

/** camelCase words: field names shown to people. */
function bareFieldNames(message: string): string[] {
  return message.match(/\b[a-z]+[A-Z][A-Za-z.]*\b/g) ?? [];
}

/** A message says `phrase` in words, names no field, and its detail names `field`. */
function expectPlain(e: DesignEstimate, phrase: string, field: string): void {
  const all = notes(e);
  const m = all.find((x) => x.message.includes(phrase));
  expect(m, `a message saying "${phrase}" in: ${messages(e).join(' | ')}`).toBeDefined();
  expect(m!.detail).toContain(field);
  expect(bareFieldNames(m!.message)).toEqual([]);
}

describe('messages name what people see, with the field in the detail', () => {
  it('Savings Plan without a rate: enter a plan discount', () => {
    const e = estimate(
      design(
        { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 },
        {
          type: 'sagemaker-savings-plan',
          termYears: 1,
          payment: 'no-upfront',
        },
      ),
    );
    expectPlain(e, 'enter a plan discount', 'discountPercent');
  });

  it('reserved instance and spot without a rate', () => {
    const ri = estimate(
      design(
        { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1 },
        {
          type: 'reserved-instance',
          termYears: 1,
          payment: 'no-upfront',
          offeringClass: 'standard',
        },
      ),
    );
    expectPlain(ri, 'enter a reservation discount', 'discountPercent');
    const spot = estimate(design({ type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1 }, { type: 'spot' }));
    expectPlain(spot, 'enter a spot price', 'pricePerHour');
    expectPlain(spot, 'a spot discount', 'discountPercent');
  });

  it('Bedrock Provisioned Throughput without a rate, and on-demand without tokens', () => {
    const pt = estimate(
      design(
        { type: 'bedrock', model: 'anthropic.claude-3-haiku' },
        {
          type: 'provisioned-throughput',
          modelUnits: 1,
          term: 'none',
        },
      ),
    );
    expectPlain(pt, 'enter a rate per model unit per hour', 'ratePerModelUnitHour');
    const tokens = estimate(design({ type: 'bedrock', model: 'anthropic.claude-3-haiku' }), workload());
    const m = notes(tokens).find((x) => x.message.includes('billed by tokens'))!;
    expect(m.message).toContain('enter input and output tokens per request');
    expect(m.detail).toBe('workload.inputTokensPerRequest, workload.outputTokensPerRequest');
    expect(bareFieldNames(m.message)).toEqual([]);
  });

  it('batch transform for online traffic names the workload option as the form does', () => {
    const e = estimate(
      design({
        type: 'sagemaker-batch',
        instanceType: 'ml.m5.xlarge',
        instanceCount: 1,
        jobsPerMonth: 30,
        hoursPerJob: 1,
      }),
    );
    expectPlain(e, 'whole dataset available up front', 'datasetAvailableUpfront');
  });

  it('serverless concurrency and unknown hardware', () => {
    const s = estimate(
      design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 5, provisionedConcurrency: 6 }),
      workload({ traffic: { pattern: 'steady', requestsPerSecond: 100 } }),
    );
    expectPlain(s, 'maximum concurrency', 'maxConcurrency');
    for (const m of messages(s)) expect(m).not.toContain('MaxConcurrency');
    const unknown = estimate(design({ type: 'sagemaker-realtime', instanceType: 'ml.x9.large', instanceCount: 1 }));
    expectPlain(unknown, 'concurrent requests per instance', 'concurrencyPerInstance');
  });

  it('no message in these estimates shows a bare field name', () => {
    const all = [
      design({ type: 'sagemaker-realtime', instanceType: 'ml.x9.large', instanceCount: 1 }, { type: 'spot' }),
      design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 1, provisionedConcurrency: 3 }),
      design({ type: 'bedrock', model: 'anthropic.claude-3-haiku' }),
    ].flatMap((d) => messages(estimate(d)));
    for (const m of all) expect(bareFieldNames(m), m).toEqual([]);
  });
});

describe('numbers in messages', () => {
  it('shows shares as rounded percentages and large counts with separators', () => {
    expect(fmtPercent(0.549738)).toBe('55%');
    expect(fmtPercent(0.0423)).toBe('4.2%');
    expect(fmtPercent(1)).toBe('100%');
    // A small share never reads as none.
    expect(fmtPercent(0.000441)).toBe('0.044%');
    expect(fmtPercent(0.0000004)).toBe('under 0.01%');
    expect(fmtPercent(0)).toBe('0%');
    expect(fmtCount(44816785.7143)).toBe('44,816,786');
  });
});
