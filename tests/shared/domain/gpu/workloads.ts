/**
 * Issue 12's example workload for the GPU and Bedrock tests and benchmarks: a 7B chat model (15 GB)
 * that needs a GPU, 3 s on its own hardware, a 10 s latency target, 500 input and 300 output tokens
 * per request; and the instance hosting types the one fit rule covers.
 */
import { newProject } from '@shared/project/defaults';
import type { Workload } from '@shared/project/schema';

/** The chat workload, steady 0.5 req/s unless `over` says otherwise. */
export function chatWorkload(over: Partial<Workload> = {}): Workload {
  return {
    ...newProject().workload,
    needsGpu: true,
    inferenceMs: 3000,
    latencyTargetMs: 10_000,
    models: { count: 1, sizeGB: 15 },
    inputTokensPerRequest: 500,
    outputTokensPerRequest: 300,
    traffic: { pattern: 'steady', requestsPerSecond: 0.5 },
    ...over,
  };
}

/** Every instance hosting type (the fit rule is the same on all of them). */
export const INSTANCE_HOSTING_TYPES = [
  'sagemaker-realtime',
  'sagemaker-multi-model',
  'sagemaker-multi-container',
  'sagemaker-async',
  'sagemaker-batch',
  'ec2',
  'eks',
] as const;

/** A one-instance design of `type` on `instanceType` (SageMaker types get "ml."; batch a monthly job). */
export function oneInstanceHosting(
  type: (typeof INSTANCE_HOSTING_TYPES)[number],
  instanceType: string,
  over: object = {},
) {
  const it = type.startsWith('sagemaker') ? `ml.${instanceType}` : instanceType;
  return type === 'sagemaker-batch'
    ? { type, instanceType: it, instanceCount: 1, jobsPerMonth: 30, hoursPerJob: 1, ...over }
    : { type, instanceType: it, instanceCount: 1, ...over };
}
