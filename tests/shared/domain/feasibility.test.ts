import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain/estimate';
import { HOSTING_LIMITS } from '@shared/domain';
import { HOSTING_TYPES } from '@shared/project/schema';
import { design, testCatalog, workload } from './fixtures';

const catalog = testCatalog();
const rules = (e: { reasons: { rule: string }[] }) => e.reasons.map((r) => r.rule);

describe('hosting limits as data', () => {
  it('has a row with sources for every hosting type', () => {
    for (const t of HOSTING_TYPES) {
      expect(HOSTING_LIMITS[t].type).toBe(t);
      expect(HOSTING_LIMITS[t].sources.length).toBeGreaterThan(0);
    }
  });
});

describe('feasibility returns every reason, naming the limit', () => {
  it('serverless: payload, GPU and memory all reported at once', () => {
    const w = workload({ requestKiB: 8192, needsGpu: true, models: { count: 1, sizeGB: 8 } });
    const e = estimateDesign(
      design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20 }),
      w,
      catalog,
      'us-east-1',
    );
    expect(e.feasible).toBe(false);
    expect(e.reasons.map((r) => r.message)).toContain("payload 8 MiB exceeds serverless inference's 4 MB limit");
    expect(rules(e)).toEqual(expect.arrayContaining(['serverless.payload', 'serverless.gpu', 'serverless.memory']));
  });

  it('Lambda: GPU needed', () => {
    const e = estimateDesign(
      design({ type: 'lambda', memoryMB: 4096, architecture: 'x86_64' }),
      workload({ needsGpu: true }),
      catalog,
      'us-east-1',
    );
    expect(rules(e)).toContain('lambda.gpu');
  });

  it('latency target below the inference time', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 }),
      workload({ latencyTargetMs: 50 }),
      catalog,
      'us-east-1',
    );
    expect(e.reasons).toContainEqual({
      rule: 'latency.target',
      message: "latency target 50 ms is below the model's inference time 100 ms",
    });
  });

  it('instance type unknown in the catalog', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.zz9.huge', instanceCount: 1 }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(rules(e)).toEqual(expect.arrayContaining(['instance.unknown', 'instance.throughput']));
    expect(e.monthlyUsd).toBeNull();
  });

  it('a region override without prices', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1, region: 'eu-west-1' }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(e.region).toBe('eu-west-1');
    expect(rules(e)).toContain('region.prices');
    expect(e.warnings.join()).toContain("not the project's region us-east-1");
  });

  it('GPU needed on a CPU instance; model larger than GPU memory', () => {
    const cpu = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 }),
      workload({ needsGpu: true }),
      catalog,
      'us-east-1',
    );
    expect(rules(cpu)).toContain('instance.gpu');
    // g5.xlarge: 24 GiB GPU memory × 0.8 usable = 19.2 GiB < 30 GB.
    const big = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.g5.xlarge', instanceCount: 1 }),
      workload({ needsGpu: true, models: { count: 1, sizeGB: 30 } }),
      catalog,
      'us-east-1',
    );
    expect(rules(big)).toContain('instance.memory');
  });

  it('fixed fleet too small for the peak, autoscaling max too small', () => {
    // c5.xlarge: 4 vCPU × 1000 / 100 ms = 40 req/s per instance; 100 req/s needs 3.
    const fixed = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 }),
      workload({ traffic: { pattern: 'steady', requestsPerSecond: 100 } }),
      catalog,
      'us-east-1',
    );
    expect(rules(fixed)).toContain('capacity.fixed');
    const auto = estimateDesign(
      design({
        type: 'sagemaker-realtime',
        instanceType: 'ml.c5.xlarge',
        autoscaling: { min: 1, max: 2, targetInvocationsPerInstance: 1200 },
      }),
      workload({ traffic: { pattern: 'steady', requestsPerSecond: 100 } }),
      catalog,
      'us-east-1',
    );
    // 100 × 60 / 1200 = 5 instances wanted > max 2, and 2 × 40 req/s (4 vCPU / 0.1 s) = 80 < 100 req/s.
    expect(auto.reasons.find((r) => r.rule === 'capacity.max')?.message).toContain('needs 5 instances');
  });

  it('an autoscaling max below what the target wants is a warning when max instances still carry the peak', () => {
    const capped = estimateDesign(
      design({
        type: 'sagemaker-realtime',
        instanceType: 'ml.c5.xlarge',
        autoscaling: { min: 1, max: 3, targetInvocationsPerInstance: 1200 },
      }),
      workload({ traffic: { pattern: 'steady', requestsPerSecond: 100 } }),
      catalog,
      'us-east-1',
    );
    // The target wants 100 × 60 / 1200 = 5 instances; max 3 × 40 req/s = 120 ≥ 100 req/s, so it is capped, not infeasible.
    expect(capped.reasons.map((r) => r.rule)).not.toContain('capacity.max');
    expect(capped.feasible).toBe(true);
    expect(capped.warnings.join(' ')).toContain('the maximum of 3 instances caps the fleet');
    expect(Object.values(capped.warningDetails ?? {})).toContain('hosting.autoscaling.max');
    // Capped at 3 instances every hour: 3 × 730 instance-hours.
    expect(capped.lineItems.find((l) => l.label.startsWith('Instance-hours'))?.quantity).toBeCloseTo(3 * 730, 6);
  });

  it('real-time endpoints cannot scale to zero', () => {
    const e = estimateDesign(
      design({
        type: 'sagemaker-realtime',
        instanceType: 'ml.c5.xlarge',
        autoscaling: { min: 0, max: 4, targetInvocationsPerInstance: 600 },
      }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(rules(e)).toContain('realtime.minInstances');
  });

  it('purchases that do not apply are rejected with the reason and the alternative', () => {
    const ri = estimateDesign(
      design(
        { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 },
        { type: 'reserved-instance', termYears: 1, payment: 'no-upfront', offeringClass: 'standard' },
      ),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(ri.reasons).toContainEqual({
      rule: 'purchase.applicability',
      message: 'reserved instances do not apply to SageMaker; use a SageMaker Savings Plan',
    });
    // Still priced, on-demand: 730 × 0.204.
    expect(ri.lineItems[0]!.monthlyUsd).toBeCloseTo(730 * 0.204, 9);
    const spot = estimateDesign(
      design(
        { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 },
        { type: 'spot', discountPercent: 70 },
      ),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(spot.reasons[0]!.message).toContain('never to inference endpoints');
    const compute = estimateDesign(
      design(
        { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 },
        { type: 'compute-savings-plan', termYears: 1, payment: 'no-upfront' },
      ),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(compute.reasons[0]!.message).toBe(
      'Compute Savings Plans do not apply to SageMaker; use a SageMaker Savings Plan',
    );
  });

  it('spot on EC2 requires an interruptible workload', () => {
    const d = design(
      { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1 },
      { type: 'spot', discountPercent: 70 },
    );
    expect(rules(estimateDesign(d, workload({ interruptible: false }), catalog, 'us-east-1'))).toContain(
      'spot.interruption',
    );
    expect(estimateDesign(d, workload({ interruptible: true }), catalog, 'us-east-1').feasible).toBe(true);
  });

  it('async needs a near-real-time latency target; batch needs the dataset up front', () => {
    const a = estimateDesign(
      design({ type: 'sagemaker-async', instanceType: 'ml.c5.xlarge', instanceCount: 1 }),
      workload({ latencyTargetMs: 500 }),
      catalog,
      'us-east-1',
    );
    expect(rules(a)).toContain('async.latency');
    const b = estimateDesign(
      design({
        type: 'sagemaker-batch',
        instanceType: 'ml.m5.xlarge',
        instanceCount: 1,
        jobsPerMonth: 30,
        hoursPerJob: 1,
      }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(rules(b)).toContain('batch.online');
  });

  it('multi-container: at most 15 containers, all in memory', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-multi-container', instanceType: 'ml.m5.xlarge', instanceCount: 1 }),
      workload({ models: { count: 20, sizeGB: 1.5 } }),
      catalog,
      'us-east-1',
    );
    expect(rules(e)).toEqual(expect.arrayContaining(['multi-container.containers', 'multi-container.memory']));
  });

  it('serverless: peak concurrency above MaxConcurrency is throttled', () => {
    // 100 req/s × 0.1 s = 10 concurrent > MaxConcurrency 5.
    const e = estimateDesign(
      design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 5 }),
      workload({ traffic: { pattern: 'steady', requestsPerSecond: 100 } }),
      catalog,
      'us-east-1',
    );
    expect(rules(e)).toContain('serverless.maxConcurrency');
  });

  it('a feasible design has no reasons', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(e.feasible).toBe(true);
    expect(e.reasons).toEqual([]);
  });
});
