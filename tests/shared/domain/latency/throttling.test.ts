/** Throttling at a concurrency limit (Erlang B), and sizing the limit to a throttling share. */
import { describe, expect, it } from 'vitest';
import { sizeConcurrency, spillOverShare, throttledShare } from '@shared/domain/latency/throttling';
import { erlangBBySum } from './erlangReference';

describe('throttling at a concurrency limit', () => {
  it('throttles half the requests when the limit equals a mean concurrency of 1 (the fraud-scoring case)', () => {
    // 50 requests/s × 20 ms = 1 concurrent request on average; MaxConcurrency 1.
    expect(throttledShare(50, 0.02, 1)).toBeCloseTo(0.5, 12);
  });

  it('sizes the limit to keep throttling under 0.1% (hand-worked Erlang B of 1 erlang)', () => {
    // B(5, 1) = 0.00307 > 0.001 ≥ B(6, 1) = 0.00051.
    expect(erlangBBySum(5, 1)).toBeGreaterThan(0.001);
    expect(erlangBBySum(6, 1)).toBeLessThanOrEqual(0.001);
    expect(sizeConcurrency(50, 0.02, 0.001)).toEqual({ ok: true, concurrency: 6, throttledShare: erlangBBySum(6, 1) });
  });

  it('says when the service maximum is not enough', () => {
    // 2,000 requests/s × 100 ms = 200 erlangs: far more than SageMaker serverless' 200 at 0.1%.
    const s = sizeConcurrency(2000, 0.1, 0.001, 200);
    expect(s.ok).toBe(false);
    if (s.ok) return;
    expect(s.needed).toBeGreaterThan(200);
    expect(s.message).toBe(
      `keeping throttling under 0.1% at a mean concurrency of 200 needs ${s.needed} concurrent executions; at most 200 are allowed`,
    );
  });

  it('counts every request as spill-over without provisioned concurrency, and the Erlang B loss with it', () => {
    expect(spillOverShare(10, 0.1, 0)).toBe(1);
    expect(spillOverShare(0, 0.1, 0)).toBe(0);
    expect(spillOverShare(10, 0.1, 3)).toBeCloseTo(erlangBBySum(3, 1), 12);
  });
});
