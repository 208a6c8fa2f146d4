/** estimate output: the latency figures and small rates in plain decimals. */
import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain';
import { estimateJson, estimateText, plainDecimal } from '../../../src-main/cli/estimateOutput';
import { design, testCatalog, workload } from '../../shared/domain/fixtures';

describe('estimate output', () => {
  it('prints small rates in plain decimals, never exponent notation', () => {
    expect(plainDecimal(2e-7)).toBe('0.0000002');
    expect(plainDecimal(0.0000166667)).toBe('0.0000166667');
    expect(plainDecimal(0.23)).toBe('0.23');
    const e = estimateDesign(
      design({ type: 'lambda', memoryMB: 2048, architecture: 'x86_64' }),
      workload(),
      testCatalog(),
      'us-east-1',
    );
    const text = estimateText(e);
    expect(text).not.toMatch(/\de-\d/);
    expect(text).toContain('× $0.0000166667');
  });

  it('gives latency as { percentile, percentileMs, coldStartShare } in the JSON', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 }),
      workload({ latencyPercentile: 99 }),
      testCatalog(),
      'us-east-1',
    );
    const json = estimateJson(e);
    expect(json.latency.percentile).toBe(99);
    expect(json.latency.percentileMs).toBeGreaterThanOrEqual(100);
    expect(json.latency.coldStartShare).toBe(0);
    expect(estimateText(e)).toMatch(/p99 latency [\d.]+ ms in the worst hour/);
  });
});
