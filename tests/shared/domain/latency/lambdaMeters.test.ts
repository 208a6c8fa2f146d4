/** Lambda free tier and ephemeral storage as meter arithmetic. */
import { describe, expect, it } from 'vitest';
import { ephemeralStorageGbSeconds, lambdaFreeTier } from '@shared/domain/latency/lambdaMeters';

describe('Lambda free tier', () => {
  it('takes 1M requests and 400,000 GB-s of on-demand duration a month, no more', () => {
    // AWS Lambda pricing example: 3M requests of 120 ms at 1,536 MB = 540,000 GB-s.
    const gbSeconds = 3_000_000 * 0.12 * 1.5;
    expect(gbSeconds).toBe(540_000);
    const free = lambdaFreeTier(3_000_000, gbSeconds);
    expect(free.freeRequests).toBe(1_000_000);
    expect(free.freeGbSeconds).toBe(400_000);
    // Billable after the free tier: 2M requests × $0.20/M = $0.40; 140,000 GB-s × $0.0000166667 = $2.33.
    expect((3_000_000 - free.freeRequests) * 0.2e-6).toBeCloseTo(0.4, 12);
    expect((gbSeconds - free.freeGbSeconds) * 0.0000166667).toBeCloseTo(2.33, 2);
  });

  it('never takes more than the usage', () => {
    expect(lambdaFreeTier(10, 5)).toMatchObject({ freeRequests: 10, freeGbSeconds: 5 });
    expect(() => lambdaFreeTier(-1, 0)).toThrow(/requests per month/);
  });
});

describe('Lambda ephemeral storage', () => {
  it('bills the storage configured above 512 MB for the run time', () => {
    // 10,240 MB for 1,000,000 s of run time: (10,240 − 512) / 1024 = 9.5 GB × 1,000,000 s.
    expect(ephemeralStorageGbSeconds(10_240, 1_000_000)).toBe(9_500_000);
    expect(ephemeralStorageGbSeconds(512, 1_000_000)).toBe(0);
    expect(() => ephemeralStorageGbSeconds(256, 1)).toThrow(/512 to 10240 MB/);
    expect(() => ephemeralStorageGbSeconds(20_000, 1)).toThrow(/512 to 10240 MB/);
  });
});
