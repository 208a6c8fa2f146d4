/** Every hosting type priced against hand-worked figures (formula beside each expected value). */
import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain/estimate';
import { WEEKS_PER_MONTH } from '@shared/domain/results';
import { design, line, testCatalog, workload } from './fixtures';

const catalog = testCatalog();
const W = 730 / 168;
// Steady 10 req/s: 10 × 3600 × 730 = 26,280,000 requests a month.
const REQ = 26_280_000;
const DATA_IN = ((REQ * 50 * 1024) / 2 ** 30) * 0.016; // requests × 50 KiB / 2^30 GB × $0.016
const DATA_OUT = ((REQ * 5 * 1024) / 2 ** 30) * 0.016;

describe('SageMaker real-time', () => {
  it('fixed fleet: instance-hours, storage, data in and out', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(line(e.lineItems, 'Instance-hours').monthlyUsd).toBeCloseTo(2 * 730 * 0.204, 9); // 297.84
    expect(line(e.lineItems, 'Instance-hours').priceKey).toBe('sagemaker/us-east-1/instance/Hosting/ml.c5.xlarge');
    expect(line(e.lineItems, 'Endpoint ML storage').quantity).toBeCloseTo(60, 9); // 30 GB × 2 instances × 730 h / 730
    expect(line(e.lineItems, 'Endpoint ML storage').monthlyUsd).toBeCloseTo(60 * 0.14, 9); // 8.40
    expect(line(e.lineItems, 'Data processed IN').monthlyUsd).toBeCloseTo(DATA_IN, 9); // 20.05
    expect(line(e.lineItems, 'Data processed OUT').monthlyUsd).toBeCloseTo(DATA_OUT, 9); // 2.005
    const total = 297.84 + 8.4 + DATA_IN + DATA_OUT;
    expect(e.monthlyUsd).toBeCloseTo(total, 9);
    expect(e.yearlyUsd).toBeCloseTo(12 * total, 6);
    expect(e.costPer1kRequestsUsd).toBeCloseTo((total / REQ) * 1000, 12);
  });

  it('autoscaled over business hours, billed as Application Auto Scaling times it (scale-in lag)', () => {
    // Peak 10 req/s = 600/min at target 300 → 2 instances 09:00–18:00 on weekdays; 1 req/s otherwise → 1.
    // Issue 13, on purpose (the old model scaled out at once and in after 5 minutes):
    // - 09:00: the high alarm needs 3 one-minute periods above target, then 1 more instance launches,
    //   billed from launch: (3 × 1 + 57 × 2) / 60 = 1.95;
    // - 18:00: the low alarm needs 15 one-minute periods below target: (15 × 2 + 45 × 1) / 60 = 1.25.
    // Weekly instance-hours = 5 × (1.95 + 8 × 2 + 1.25 + 14 × 1) + 48 × 1 = 5 × 33.2 + 48 = 214.
    const e = estimateDesign(
      design({
        type: 'sagemaker-realtime',
        instanceType: 'ml.c5.xlarge',
        autoscaling: { min: 1, max: 4, targetInvocationsPerInstance: 300 },
      }),
      workload({ traffic: { pattern: 'business-hours', requestsPerSecond: 10 } }),
      catalog,
      'us-east-1',
    );
    const weekly = 5 * (1.95 + 16 + 1.25 + 14) + 48;
    expect(line(e.lineItems, 'Instance-hours').quantity).toBeCloseTo(weekly * W, 9);
    expect(line(e.lineItems, 'Instance-hours').monthlyUsd).toBeCloseTo(weekly * W * 0.204, 9);
    expect(e.hourly.capacity[9]).toBeCloseTo(1.95, 12);
    expect(e.hourly.capacity[10]).toBe(2);
    expect(e.hourly.capacity[18]).toBeCloseTo(1.25, 12);
    expect(e.hourly.capacity[19]).toBe(1);
    expect(e.warnings).toContain(
      'Autoscaling billed as AWS times it: scale out after 3 min (AWS default) above target, scale in after 15 min (AWS default) below target and a 5 min (AWS default) scale-in cooldown; new instances serve after 6 min (an estimate) of start-up, billed from launch, while the fleet already in service carries the load',
    );
  });

  it('edited alarm periods, cooldown and start-up change the bill as hand-worked', () => {
    // 1-minute alarms, a 30-minute scale-in cooldown (it only spaces scale-ins; one step here) and a
    // 2-minute start-up (billed): 09:00 (1 × 1 + 59 × 2) / 60; 18:00 (1 × 2 + 59 × 1) / 60.
    const e = estimateDesign(
      design({
        type: 'sagemaker-realtime',
        instanceType: 'ml.c5.xlarge',
        autoscaling: {
          min: 1,
          max: 4,
          targetInvocationsPerInstance: 300,
          scaleOutAlarmMinutes: 1,
          scaleInAlarmMinutes: 1,
          scaleInCooldownMinutes: 30,
          startUpMinutes: 2,
        },
      }),
      workload({ traffic: { pattern: 'business-hours', requestsPerSecond: 10 } }),
      catalog,
      'us-east-1',
    );
    expect(e.hourly.capacity[9]).toBeCloseTo(119 / 60, 12);
    expect(e.hourly.capacity[18]).toBeCloseTo(61 / 60, 12);
    const weekly = 5 * (119 / 60 + 16 + 61 / 60 + 14) + 48;
    expect(line(e.lineItems, 'Instance-hours').quantity).toBeCloseTo(weekly * W, 9);
    expect(e.warnings.find((m) => m.startsWith('Autoscaling billed'))).toContain(
      'scale out after 1 min above target, scale in after 1 min below target and a 30 min scale-in cooldown; new instances serve after 2 min of start-up',
    );
  });

  it('one endpoint per model: 3 models triple a fixed fleet', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 }),
      workload({ models: { count: 3, sizeGB: 1 } }),
      catalog,
      'us-east-1',
    );
    expect(line(e.lineItems, 'Instance-hours').monthlyUsd).toBeCloseTo(3 * 730 * 0.204, 9);
  });

  it('the hourly cost series sums to the monthly total', () => {
    const e = estimateDesign(
      design({
        type: 'sagemaker-realtime',
        instanceType: 'ml.c5.xlarge',
        autoscaling: { min: 1, max: 4, targetInvocationsPerInstance: 300 },
      }),
      workload({ traffic: { pattern: 'diurnal', requestsPerSecond: 10 } }),
      catalog,
      'us-east-1',
    );
    expect(e.hourly.costUsd.length).toBe(168);
    expect(e.hourly.costUsd.reduce((a, b) => a + b, 0) * WEEKS_PER_MONTH).toBeCloseTo(e.monthlyUsd!, 6);
  });
});

describe('SageMaker multi-model and multi-container', () => {
  it('multi-model: shared fleet, cold loads when the models do not all fit', () => {
    // m5.xlarge 16 GiB × 0.8 = 12.8 GiB → 8 models of 1.5 GB; 2 instances keep 16 of 20 warm → 20% cold.
    const e = estimateDesign(
      design({ type: 'sagemaker-multi-model', instanceType: 'ml.m5.xlarge', instanceCount: 2 }),
      workload({ models: { count: 20, sizeGB: 1.5 } }),
      catalog,
      'us-east-1',
    );
    expect(line(e.lineItems, 'Instance-hours').monthlyUsd).toBeCloseTo(2 * 730 * 0.23, 9); // 335.80
    expect(e.latency.coldStartShare).toBeCloseTo(0.2, 12);
    // Issue 13 on purpose: 20% of requests wait ~17 s for a model load (1.5 GB ÷ 0.1 GB/s + 2 s), and
    // the workers that load serve nobody meanwhile (10 req/s × 3.42 s > 8 workers): the 500 ms target
    // is missed; the miss share is no longer only a warning.
    expect(e.feasible).toBe(false);
    expect(e.reasons.find((r) => r.rule === 'latency.percentile')?.message).toMatch(/cannot keep up/);
  });

  it('multi-container: all models on each instance', () => {
    // 5 × 1.5 GB = 7.5 GB ≤ 12.8 GiB usable: one fleet of 2 m5.xlarge.
    const e = estimateDesign(
      design({ type: 'sagemaker-multi-container', instanceType: 'ml.m5.xlarge', instanceCount: 2 }),
      workload({ models: { count: 5, sizeGB: 1.5 } }),
      catalog,
      'us-east-1',
    );
    expect(e.feasible).toBe(true);
    expect(line(e.lineItems, 'Instance-hours').monthlyUsd).toBeCloseTo(2 * 730 * 0.23, 9);
  });
});

describe('SageMaker serverless', () => {
  it('on-demand compute: requests × duration × the memory size rate', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20 }),
      workload(),
      catalog,
      'us-east-1',
    );
    // 26,280,000 × 0.1 s = 2,628,000 s × $0.00004 = $105.12.
    expect(line(e.lineItems, 'Serverless compute').quantity).toBeCloseTo(2_628_000, 4);
    expect(line(e.lineItems, 'Serverless compute').monthlyUsd).toBeCloseTo(105.12, 6);
    expect(e.monthlyUsd).toBeCloseTo(105.12 + DATA_IN + DATA_OUT, 6);
    // Issue 13 on purpose: the share that meets a cold start, not the share run on demand. At a steady
    // 10 req/s the warm pool (6 environments for 0.1%) is only outgrown by B(6, 1) = 0.05% of requests.
    expect(e.latency.coldStartShare).toBeGreaterThan(0);
    expect(e.latency.coldStartShare).toBeLessThan(0.001);
    expect(e.hourly.capacityUnit).toBe('concurrency');
    expect(e.hourly.capacity[0]).toBeCloseTo(1, 12); // 10 req/s × 0.1 s
  });

  it('a memory size missing from the data is derived linearly and labelled so', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-serverless', memoryMB: 4096, maxConcurrency: 20 }),
      workload(),
      catalog,
      'us-east-1',
    );
    const l = line(e.lineItems, 'Serverless compute');
    expect(l.rateUsd).toBeCloseTo(0.00008, 12); // $0.00004 (2048 MB) × 4096/2048
    expect(l.priceSource?.origin).toBe('derived');
    expect(l.monthlyUsd).toBeCloseTo(2_628_000 * 0.00008, 6); // 210.24
  });

  it('provisioned concurrency covering the load: both PC meters, no on-demand compute', () => {
    const e = estimateDesign(
      design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20, provisionedConcurrency: 1 }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(line(e.lineItems, 'Provisioned concurrency').monthlyUsd).toBeCloseTo(1 * 730 * 3600 * 0.00001, 9); // 26.28
    expect(line(e.lineItems, 'Execution while provisioned').monthlyUsd).toBeCloseTo(2_628_000 * 0.0000233, 9); // 61.2324
    expect(line(e.lineItems, 'Serverless compute').monthlyUsd).toBeCloseTo(0, 12);
    // Issue 13 on purpose: billing follows the mean concurrency (AWS's examples), but requests still
    // spill past one busy PC execution at random; the warm on-demand pool takes nearly all of them.
    expect(e.latency.coldStartShare).toBeLessThan(0.001);
  });

  it('provisioned concurrency covering half the load', () => {
    // 20 req/s × 0.1 s = 2 concurrent; PC 1 covers half: 2,628,000 s on PC and 2,628,000 s on demand.
    const e = estimateDesign(
      design({ type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20, provisionedConcurrency: 1 }),
      workload({ traffic: { pattern: 'steady', requestsPerSecond: 20 } }),
      catalog,
      'us-east-1',
    );
    expect(line(e.lineItems, 'Execution while provisioned').monthlyUsd).toBeCloseTo(2_628_000 * 0.0000233, 6);
    expect(line(e.lineItems, 'Serverless compute').monthlyUsd).toBeCloseTo(2_628_000 * 0.00004, 6);
    // Issue 13 on purpose: half the load runs on demand, but on a warm pool: few requests start cold.
    expect(e.latency.coldStartShare).toBeLessThan(0.001);
  });
});

describe('SageMaker asynchronous and batch', () => {
  it('async scales to zero between nightly bursts and is priced like hosting when its own SKU is missing', () => {
    // Nightly 01:00-05:00 at 10 req/s = 600/min at target 300 → 2 instances, 0 otherwise (cooldown 0).
    // As AWS times it (issue 13, on purpose): 01:00 notices the backlog in 1 minute and launches 2,
    // billed from minute 1: 59 × 2 / 60; 02:00–05:00 2; 05:00 keeps 2 for the 15-minute low alarm.
    // Weekly 7 × (118/60 + 6 + 0.5) = 59.27 instance-hours → × 730/168 × $0.204.
    const e = estimateDesign(
      design({
        type: 'sagemaker-async',
        instanceType: 'ml.c5.xlarge',
        autoscaling: { min: 0, max: 4, targetInvocationsPerInstance: 300, scaleInCooldownMinutes: 0 },
      }),
      workload({ traffic: { pattern: 'nightly-batch', requestsPerSecond: 10 }, latencyTargetMs: 60_000 }),
      catalog,
      'us-east-1',
    );
    const l = line(e.lineItems, 'Instance-hours');
    expect(l.monthlyUsd).toBeCloseTo(7 * (118 / 60 + 6 + 0.5) * W * 0.204, 9);
    expect(e.hourly.capacity[1]).toBeCloseTo(118 / 60, 12);
    expect(e.hourly.capacity[5]).toBeCloseTo(0.5, 12);
    expect(l.priceKey).toBe('sagemaker/us-east-1/instance/AsyncInf/ml.c5.xlarge');
    expect(l.priceSource?.origin).toBe('derived');
    expect(e.hourly.capacity[0]).toBe(0);
    // Issue 13 on purpose: requests wait for a scale-out from zero only in the first minutes of each
    // night (1 minute to notice the backlog + 6 minutes of start-up), not for a whole hour; still,
    // those minutes hold more than 5% of the first hour's requests, so the 60 s p95 target is missed.
    expect(e.latency.coldStartShare).toBeGreaterThan(0);
    expect(e.latency.coldStartShare).toBeLessThan(0.25);
    expect(e.feasible).toBe(false);
    expect(e.reasons.map((r) => r.rule)).toEqual(['latency.percentile']);
  });

  it('batch transform: instance-hours while jobs run', () => {
    // 2 instances × 30 jobs × 2 h = 120 instance-hours × $0.23.
    const e = estimateDesign(
      design({
        type: 'sagemaker-batch',
        instanceType: 'ml.m5.xlarge',
        instanceCount: 2,
        jobsPerMonth: 30,
        hoursPerJob: 2,
      }),
      workload({ traffic: { pattern: 'steady', requestsPerSecond: 1 }, datasetAvailableUpfront: true }),
      catalog,
      'us-east-1',
    );
    expect(line(e.lineItems, 'Instance-hours').quantity).toBeCloseTo(120, 9);
    expect(e.monthlyUsd).toBeCloseTo(120 * 0.23, 9); // 27.60
    expect(e.feasible).toBe(true);
  });
});

describe('EC2 and EKS', () => {
  it('EC2 GPU instance on-demand', () => {
    const e = estimateDesign(
      design({ type: 'ec2', instanceType: 'g5.xlarge', instanceCount: 1 }),
      workload({ needsGpu: true }),
      catalog,
      'us-east-1',
    );
    expect(e.monthlyUsd).toBeCloseTo(730 * 1.006, 9); // 734.38
    expect(e.warnings.join()).toContain('EBS');
  });

  it('EKS adds the cluster fee to the nodes', () => {
    const e = estimateDesign(
      design({ type: 'eks', instanceType: 'c5.xlarge', instanceCount: 2 }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(line(e.lineItems, 'EKS cluster fee').monthlyUsd).toBeCloseTo(73, 9); // 730 h × $0.10
    expect(e.monthlyUsd).toBeCloseTo(2 * 730 * 0.17 + 73, 9); // 321.20
  });
});

describe('Lambda', () => {
  it('requests and duration GB-seconds', () => {
    const e = estimateDesign(
      design({ type: 'lambda', memoryMB: 2048, architecture: 'x86_64' }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(line(e.lineItems, 'Lambda requests').monthlyUsd).toBeCloseTo(26.28 * 0.2, 9); // 26.28 M × $0.20/M = 5.256
    expect(line(e.lineItems, 'Lambda requests').unit).toBe('1M requests');
    // 26,280,000 × 0.1 s × 2 GB = 5,256,000 GB-s × $0.0000166667.
    expect(line(e.lineItems, 'Lambda duration').monthlyUsd).toBeCloseTo(5_256_000 * 0.0000166667, 9);
  });

  it('one duration line per price tier used (6 and 15 billion GB-s)', () => {
    // 10,000 req/s × 1 s × 10 GB × 3600 × 730 = 262.8 billion GB-s.
    const e = estimateDesign(
      design({ type: 'lambda', memoryMB: 10240, architecture: 'x86_64' }),
      workload({ traffic: { pattern: 'steady', requestsPerSecond: 10_000 }, inferenceMs: 1000, latencyTargetMs: 2000 }),
      catalog,
      'us-east-1',
    );
    const tiers = e.lineItems.filter((l) => l.label.startsWith('Lambda duration'));
    expect(tiers.map((t) => t.quantity)).toEqual([6e9, 9e9, expect.closeTo(262.8e9 - 15e9, 0)]);
    expect(tiers[0]!.monthlyUsd).toBeCloseTo(6e9 * 0.0000166667, 4); // 100,000.20
    expect(tiers[1]!.monthlyUsd).toBeCloseTo(9e9 * 0.000015, 4); // 135,000
    expect(tiers[2]!.monthlyUsd).toBeCloseTo(247.8e9 * 0.0000133334, 2); // 3,304,016.52
    // Tiers are named in words people read, not raw byte-like figures.
    expect(tiers.map((t) => t.label.replace(/^Lambda duration[^,]*, /, ''))).toEqual([
      expect.stringContaining('first 6 billion GB-s'),
      expect.stringContaining('6 billion to 15 billion GB-s'),
      expect.stringContaining('over 15 billion GB-s'),
    ]);
  });

  it('provisioned concurrency: configured GB-seconds and duration while provisioned', () => {
    const e = estimateDesign(
      design({ type: 'lambda', memoryMB: 2048, architecture: 'x86_64', provisionedConcurrency: 1 }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(line(e.lineItems, 'Provisioned concurrency').monthlyUsd).toBeCloseTo(1 * 2 * 730 * 3600 * 0.0000041667, 9); // 21.90
    expect(line(e.lineItems, 'Duration while provisioned').monthlyUsd).toBeCloseTo(5_256_000 * 0.0000097222, 9); // 51.10
    expect(line(e.lineItems, 'Lambda duration').monthlyUsd).toBeCloseTo(0, 12);
  });
});

describe('Bedrock', () => {
  it('on-demand tokens', () => {
    // 1 req/s: 2,628,000 requests × 1000 in = 2,628 M tokens × $0.25; × 200 out = 525.6 M × $1.25.
    const e = estimateDesign(
      design({
        type: 'bedrock',
        model: 'anthropic.claude-3-haiku',
        inputTokensPerRequest: 1000,
        outputTokensPerRequest: 200,
      }),
      workload({ traffic: { pattern: 'steady', requestsPerSecond: 1 } }),
      catalog,
      'us-east-1',
    );
    expect(line(e.lineItems, 'Input tokens').quantity).toBeCloseTo(2628, 9);
    expect(line(e.lineItems, 'Input tokens').monthlyUsd).toBeCloseTo(657, 9);
    expect(line(e.lineItems, 'Output tokens').monthlyUsd).toBeCloseTo(657, 9);
  });

  it('Provisioned Throughput: model units × 730 h at the user-entered rate', () => {
    const e = estimateDesign(
      design(
        { type: 'bedrock', model: 'anthropic.claude-3-haiku' },
        { type: 'provisioned-throughput', modelUnits: 2, term: '1-month', ratePerModelUnitHour: 20 },
      ),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(e.monthlyUsd).toBeCloseTo(2 * 730 * 20, 9); // 29,200
    expect(e.lineItems[0]!.priceSource?.origin).toBe('user');
  });

  it('Provisioned Throughput without a rate is unavailable, not zero', () => {
    const e = estimateDesign(
      design(
        { type: 'bedrock', model: 'anthropic.claude-3-haiku' },
        { type: 'provisioned-throughput', modelUnits: 1, term: 'none' },
      ),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(e.monthlyUsd).toBeNull();
    expect(e.lineItems[0]!.detail).toBe('purchase.ratePerModelUnitHour');
    expect(e.lineItems[0]!.unavailable).toContain('enter a rate per model unit per hour');
  });

  it('on-demand tokens without token counts cannot be priced: no total at all, never $0', () => {
    const e = estimateDesign(
      design({ type: 'bedrock', model: 'anthropic.claude-3-haiku' }, { type: 'on-demand' }),
      workload(),
      catalog,
      'us-east-1',
    );
    expect(e.feasible).toBe(false);
    expect(e.reasons.map((r) => r.rule)).toContain('bedrock.tokens');
    expect(e.lineItems).toEqual([]);
    expect(e.monthlyUsd).toBeNull();
    expect(e.yearlyUsd).toBeNull();
    expect(e.costPer1kRequestsUsd).toBeNull();
  });
});
