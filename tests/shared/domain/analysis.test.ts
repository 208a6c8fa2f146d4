import { describe, expect, it } from 'vitest';
import { analyzeCommitment, breakEvenUtilization, monthsToRecoverUpfront } from '@shared/domain/analysis/breakEven';
import { rankDesigns } from '@shared/domain/analysis/rank';
import { trafficSensitivity } from '@shared/domain/analysis/sensitivity';
import { costVersusTraffic } from '@shared/domain/analysis/trafficCurve';
import { estimateDesign, estimateProject } from '@shared/domain/estimate';
import { priceKeys } from '@shared/prices/keys';
import { design, entry, project, testCatalog, workload } from './fixtures';

const catalog = testCatalog();
const realtime = design(
  { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 },
  { type: 'on-demand' },
  'Real-time 1 × c5.xlarge',
);
const serverless = design(
  { type: 'sagemaker-serverless', memoryMB: 1024, maxConcurrency: 200 },
  { type: 'on-demand' },
  'Serverless 1 GB',
);
const smallModel = { models: { count: 1, sizeGB: 0.5 } };

describe('ranking', () => {
  it('puts feasible designs first, then the cheapest', () => {
    // 128 MB cannot hold a 0.5 GB model: infeasible even though it is the cheapest.
    const tooSmall = design(
      { type: 'lambda', memoryMB: 128, architecture: 'x86_64' },
      { type: 'on-demand' },
      'Lambda 128 MB',
    );
    const w = workload({ traffic: { pattern: 'steady', requestsPerSecond: 1 }, models: { count: 1, sizeGB: 0.5 } });
    const ranked = rankDesigns(estimateProject(project(w, [realtime, tooSmall, serverless]), catalog));
    // Serverless at 1 req/s: 2,628,000 × 0.1 s × $0.00002 = $5.26 + data; real-time: 730 × $0.204 = $148.92 + storage + data.
    expect(ranked.map((e) => e.name)).toEqual(['Serverless 1 GB', 'Real-time 1 × c5.xlarge', 'Lambda 128 MB']);
    expect(ranked[2]!.feasible).toBe(false);
  });
});

describe('monthly cost against traffic volume', () => {
  it('finds the crossover between serverless (linear) and a fixed instance (flat)', () => {
    const w = workload({
      ...smallModel,
      requestKiB: 0,
      responseKiB: 0,
      traffic: { pattern: 'steady', requestsPerSecond: 1 },
    });
    // Without data: serverless = rps × 3600 × 730 × 0.1 s × $0.00002 = $5.256 × rps;
    // real-time = 730 × $0.204 + 30 GB × $0.14 = $153.12. Crossover at rps = 153.12 / 5.256 = 29.13.
    const factors = [1, 10, 20, 30, 40];
    const curves = costVersusTraffic([realtime, serverless], w, catalog, 'us-east-1', factors);
    expect(curves.curves[1]!.points[1]!.monthlyUsd).toBeCloseTo(52.56, 6);
    expect(curves.crossovers).toHaveLength(1);
    const x = curves.crossovers[0]!;
    expect(x.cheaperBelow).toBe('Serverless 1 GB');
    expect(x.cheaperAbove).toBe('Real-time 1 × c5.xlarge');
    expect(x.factor).toBeCloseTo(153.12 / 5.256, 6);
    expect(x.monthlyUsd).toBeCloseTo(153.12, 6);
  });
});

describe('commitment break-even', () => {
  it('utilization threshold and months to recover an upfront', () => {
    expect(breakEvenUtilization(0.1, 0.17)).toBeCloseTo(0.588235, 6); // $0.10 / $0.17
    // $876 upfront; on-demand $248.20/month; recurring $73/month → 876 / 175.2 = 5 months.
    expect(monthsToRecoverUpfront(876, 248.2, 73)).toBeCloseTo(5, 12);
    expect(monthsToRecoverUpfront(876, 50, 73)).toBeNull();
  });

  it('compares a reserved design with the same design on-demand', () => {
    const c = testCatalog([
      entry(priceKeys.ec2Reserved('us-east-1', 'c5.xlarge', 1, 'standard', 'partial-upfront'), 0.05, 'hour', {
        upfrontUsd: 438,
      }),
    ]);
    const d = design(
      { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 2 },
      { type: 'reserved-instance', termYears: 1, payment: 'partial-upfront', offeringClass: 'standard' },
    );
    const a = analyzeCommitment(d, workload(), c, 'us-east-1');
    // On-demand 2 × 730 × $0.17 = $248.20; reserved $146 amortized → saves $102.20/month.
    expect(a.monthlySavingsUsd).toBeCloseTo(102.2, 9);
    expect(a.upfrontUsd).toBe(876);
    // Recurring cash = $146 − $876/12 = $73 → 876 / (248.2 − 73) = 5 months.
    expect(a.monthsToRecoverUpfront).toBeCloseTo(5, 9);
    expect(a.terms?.breakEvenUtilization).toBeCloseTo(0.1 / 0.17, 12);
  });
});

describe('sensitivity', () => {
  it('estimates at half and double the traffic', () => {
    const s = trafficSensitivity(
      serverless,
      workload({ ...smallModel, requestKiB: 0, responseKiB: 0 }),
      catalog,
      'us-east-1',
    );
    // 10 req/s: 26,280,000 × 0.1 × $0.00002 = $52.56; half $26.28, double $105.12.
    expect(s.map((x) => x.estimate.monthlyUsd)).toEqual([
      expect.closeTo(26.28, 6),
      expect.closeTo(52.56, 6),
      expect.closeTo(105.12, 6),
    ]);
    expect(s[0]!.deltaUsd).toBeCloseTo(-26.28, 6);
  });
});

describe('estimateProject', () => {
  it('estimates each design with the project region', () => {
    const out = estimateProject(project(workload(), [realtime, serverless]), catalog);
    expect(out.map((e) => e.region)).toEqual(['us-east-1', 'us-east-1']);
    expect(out[0]).toEqual(estimateDesign(realtime, workload(), catalog, 'us-east-1'));
  });
});
