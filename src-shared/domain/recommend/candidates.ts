/**
 * Candidate designs for a workload, one per hosting approach of DOMAIN.md §4, each with the expert
 * rules that speak for it ("why"). Instance types come from the optimizer, so each candidate is the
 * cheapest feasible variant of its approach when one exists.
 */
import type { PriceCatalog } from '../../prices/catalog';
import type { Design, Workload } from '../../project/schema';
import type { DesignEstimate, FeasibilityReason } from '../results';
import { serverlessConcurrencyPeak } from './traffic';
import { weekOf } from '../traffic/week';
import { optimizeDesign, type SweepHosting } from './optimizer';
import { lambdaMemoryFor, serverlessMemoryFor } from './sizing';

export interface ProposedDesign {
  design: Design;
  why: FeasibilityReason[];
  /** Rules against it that are not limits (limits come from the estimate's reasons). */
  against: FeasibilityReason[];
  /** The design's estimate when the proposal already made it (the optimizer's best), so it is not made twice. */
  estimate?: DesignEstimate;
}

/** A design with the estimate the optimizer made of it, when it found one. */
interface Sized {
  design: Design;
  estimate?: DesignEstimate;
}

const r = (rule: string, message: string): FeasibilityReason => ({ rule, message });

/** The cheapest feasible design of an instance-based approach, or a fallback type so the candidate still shows. */
function instanceDesign(
  name: string,
  hosting: SweepHosting,
  workload: Workload,
  catalog: PriceCatalog,
  region: string,
  fallbackType: string,
): Sized {
  const best = optimizeDesign(workload, catalog, region, { hostingTypes: [hosting], keep: 1 }).best;
  // The estimate depends on the design's name only for its own name field.
  if (best) return { design: { ...best.design, name }, estimate: { ...best.estimate, name } };
  return {
    design: {
      name,
      hosting: { type: hosting, instanceType: fallbackType, instanceCount: 1 },
      purchase: { type: 'on-demand' },
    } as Design,
  };
}

/** Every approach worth showing for the workload, with its "why". */
export function proposeDesigns(workload: Workload, catalog: PriceCatalog, region: string): ProposedDesign[] {
  const week = weekOf(workload);
  const idleShare = week.idleHours / 168;
  const burstiness = week.averageRps > 0 ? week.peakRps / week.averageRps : 1;
  const sustained = idleShare < 0.1 && burstiness < 3;
  const cpuType = workload.needsGpu ? 'ml.g5.xlarge' : 'ml.m5.xlarge';
  const out: ProposedDesign[] = [];

  const realtime = instanceDesign(
    'Real-time endpoint, autoscaled',
    'sagemaker-realtime',
    workload,
    catalog,
    region,
    cpuType,
  );
  out.push({
    ...realtime,
    why: [
      ...(sustained
        ? [r('rule.sustained', 'sustained traffic with a consistent latency target: real-time with autoscaling')]
        : []),
      ...(workload.needsGpu ? [r('rule.gpu', 'needs a GPU: real-time endpoints support GPU instances')] : []),
      r('rule.autoscaling', 'good response time and high throughput: autoscaling on invocations per instance (notes)'),
    ],
    against: sustained
      ? []
      : [
          r(
            'rule.idle',
            `traffic idles ${Math.round(idleShare * 100)}% of hours or bursts to ${burstiness.toFixed(1)}× its average: a real-time endpoint keeps at least one instance running`,
          ),
        ],
  });
  if (workload.commitmentYears > 0 && realtime.design.hosting.type === 'sagemaker-realtime') {
    out.push({
      design: {
        ...realtime.design,
        name: `Real-time endpoint + SageMaker Savings Plan (${workload.commitmentYears} yr)`,
        purchase: {
          type: 'sagemaker-savings-plan',
          termYears: workload.commitmentYears === 3 ? 3 : 1,
          payment: 'no-upfront',
        },
      },
      why: [
        r(
          'rule.savingsPlan',
          'steady SageMaker baseline for 1-3 years: a SageMaker Savings Plan sized to the weekly floor, bursts on-demand',
        ),
      ],
      against: [],
    });
  }

  const memoryMB = serverlessMemoryFor(workload);
  const peakConcurrency = serverlessConcurrencyPeak(workload) / workload.models.count;
  const maxConcurrency = Math.min(200, Math.max(1, Math.ceil(peakConcurrency)));
  out.push({
    design: {
      name: 'Serverless inference',
      hosting: { type: 'sagemaker-serverless', memoryMB, maxConcurrency },
      purchase: { type: 'on-demand' },
    },
    why: [
      ...(!sustained
        ? [
            r(
              'rule.intermittent',
              'intermittent or unpredictable traffic, cold starts acceptable: serverless scales to zero',
            ),
          ]
        : []),
      r('rule.serverlessFit', 'pay per request duration only; no idle instances'),
    ],
    against: sustained
      ? [r('rule.sustained', 'sustained traffic: serverless compute costs more per request than a busy instance')]
      : [],
  });
  const bursts = workload.traffic.pattern === 'predictable-bursts';
  out.push({
    design: {
      name: 'Serverless with provisioned concurrency',
      hosting: { type: 'sagemaker-serverless', memoryMB, maxConcurrency, provisionedConcurrency: maxConcurrency },
      purchase: { type: 'on-demand' },
    },
    why: [
      r(
        'rule.provisionedConcurrency',
        'predictable bursts without cold starts: provisioned concurrency keeps the endpoint warm (notes)',
      ),
    ],
    against: bursts
      ? []
      : [
          r(
            'rule.unpredictable',
            'traffic is not a predictable-bursts pattern; provisioned concurrency is paid every hour',
          ),
        ],
  });

  out.push({
    ...instanceDesign('Asynchronous inference, scale to zero', 'sagemaker-async', workload, catalog, region, cpuType),
    why: [
      r(
        'rule.async',
        'large payloads (up to 1 GB) or long processing (up to 1 h) when near-real-time is acceptable; scales to zero when the queue is empty',
      ),
    ],
    against: [],
  });

  if (workload.models.count > 1) {
    out.push({
      ...instanceDesign('Multi-model endpoint', 'sagemaker-multi-model', workload, catalog, region, cpuType),
      why: [
        r(
          'rule.multiModel',
          'many similar models: a multi-model endpoint shares instances and loads models on demand (notes)',
        ),
      ],
      against: [],
    });
    out.push({
      ...instanceDesign('Multi-container endpoint', 'sagemaker-multi-container', workload, catalog, region, cpuType),
      why: [
        r(
          'rule.multiContainer',
          'a few models that must stay in memory, possibly on different frameworks: multi-container (notes: isolation)',
        ),
      ],
      against: [],
    });
  }

  out.push({
    design: batchDesign(workload, realtime.design),
    why: [r('rule.batch', 'the whole dataset available up front and no persistent endpoint needed: batch transform')],
    against: [],
  });

  const ec2 = instanceDesign(
    'EC2 self-hosted, autoscaled',
    'ec2',
    workload,
    catalog,
    region,
    workload.needsGpu ? 'g5.xlarge' : 'm5.xlarge',
  );
  out.push({
    ...ec2,
    why: [
      r('rule.ec2', 'lower instance price than SageMaker and every purchasing option (reserved, Savings Plans, spot)'),
    ],
    against: [r('rule.ec2.ops', 'you run the serving stack, scaling and monitoring yourself')],
  });
  out.push({
    ...instanceDesign(
      'EKS, autoscaled nodes',
      'eks',
      workload,
      catalog,
      region,
      workload.needsGpu ? 'g5.xlarge' : 'm5.xlarge',
    ),
    why: [r('rule.eks', 'generative AI at large scale with full control of orchestration (notes)')],
    against: [r('rule.eks.ops', 'a cluster fee and a Kubernetes platform to run')],
  });

  out.push({
    design: {
      name: 'Lambda',
      hosting: { type: 'lambda', memoryMB: lambdaMemoryFor(workload), architecture: 'x86_64' },
      purchase: { type: 'on-demand' },
    },
    why: [r('rule.lambda', 'small CPU models with intermittent traffic: pay per request, scale to zero')],
    against: [],
  });

  const model = cheapestBedrockModel(catalog, region);
  if (model) {
    out.push({
      design: { name: `Bedrock (${model})`, hosting: { type: 'bedrock', model }, purchase: { type: 'on-demand' } },
      why: [r('rule.bedrock', 'a managed foundation model billed by tokens, when one serves the use case')],
      against: [
        r(
          'rule.bedrock.custom',
          'only for foundation models; your own model needs a custom model on Provisioned Throughput',
        ),
      ],
    });
  }
  return out;
}

function batchDesign(workload: Workload, realtime: Design): Design {
  const instanceType = 'instanceType' in realtime.hosting ? realtime.hosting.instanceType : 'ml.m5.xlarge';
  const a = realtime.hosting.type === 'sagemaker-realtime' ? realtime.hosting.autoscaling : undefined;
  // One job a day on as many instances as the real-time fleet needs at its average.
  const count = Math.max(1, a ? Math.ceil(a.max / 2) : 1);
  return {
    name: 'Batch transform, daily job',
    hosting: {
      type: 'sagemaker-batch',
      instanceType,
      instanceCount: count,
      jobsPerMonth: 30,
      hoursPerJob: hoursPerDailyJob(workload, a?.targetInvocationsPerInstance, count),
    },
    purchase: { type: 'on-demand' },
  };
}

function hoursPerDailyJob(workload: Workload, targetPerMinute: number | undefined, count: number): number {
  const perInstancePerHour = (targetPerMinute ?? 60) * 60;
  const dailyRecords = weekOf(workload).weeklyRequests / 7;
  return Math.max(1, Math.ceil(dailyRecords / (perInstancePerHour * count)));
}

function cheapestBedrockModel(catalog: PriceCatalog, region: string): string | undefined {
  const prefix = `bedrock/${region}/input-tokens/`;
  let best: { model: string; usd: number } | undefined;
  for (const key of catalog.keysWithPrefix(prefix)) {
    const p = catalog.lookup(key);
    if (p.ok && (!best || p.price.usd < best.usd)) best = { model: key.slice(prefix.length), usd: p.price.usd };
  }
  return best?.model;
}
