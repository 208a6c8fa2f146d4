/** The text output names a throughput's kind once: "(estimated: <rule>)", never "estimated: estimated:". */
import { describe, expect, it } from 'vitest';
import { throughputText } from '../../../src-main/cli/estimateOutput';

const summary = {
  requestsPerSecond: 40,
  outputTokensPerSecond: null,
  concurrency: 4,
  basis: '4 workers × 1000 ÷ 100 ms',
  hourlyUsd: 0.204,
  costPer1MOutputTokensAtFullLoadUsd: null,
  costPer1kRequestsAtFullLoadUsd: 0.0014,
};

describe('throughputText', () => {
  it('says "estimated" once for an estimate whose rule starts with the kind', () => {
    const text = throughputText({
      ...summary,
      kind: 'estimated',
      source: 'estimated: workers × 1000 ÷ inference time (one worker per vCPU, or per GPU)',
    });
    expect(text).toContain('(estimated: workers × 1000 ÷ inference time');
    expect(text).not.toMatch(/estimated: estimated/);
  });

  it('keeps a measured source as the user wrote it', () => {
    const text = throughputText({ ...summary, kind: 'measured', source: 'load test 2026-11-20, concurrency 20' });
    expect(text).toContain('(measured: load test 2026-11-20, concurrency 20)');
  });
});
