/**
 * The workload's number fields as data: label, unit (shown in the label), where the value lives in
 * the workload, and the rule a typed value must meet before the project takes it.
 */
import type { Workload } from '@shared/project/schema';
import type { NumberRule } from './numberInput';

export type WorkloadNumberFieldId =
  | 'requestsPerSecond'
  | 'inferenceMs'
  | 'requestKiB'
  | 'responseKiB'
  | 'latencyTargetMs'
  | 'modelCount'
  | 'modelSizeGB'
  | 'inputTokensPerRequest'
  | 'outputTokensPerRequest';

export interface WorkloadNumberField {
  id: WorkloadNumberFieldId;
  label: string;
  unit: string;
  /** Dotted path in the workload, as the domain's validation names it. */
  path: string;
  rule: NumberRule;
  optional?: boolean;
  help?: string;
  get(w: Workload): number | undefined;
  set(w: Workload, value: number | undefined): void;
}

export const WORKLOAD_NUMBER_FIELDS: ReadonlyArray<WorkloadNumberField> = [
  {
    id: 'requestsPerSecond',
    label: 'Traffic rate',
    unit: 'requests/s',
    path: 'traffic.requestsPerSecond',
    rule: 'non-negative',
    help: 'The preset is scaled to this rate (its peak hour, or its weekly average).',
    get: (w) => (w.traffic.pattern === 'hourly' ? undefined : w.traffic.requestsPerSecond),
    // A new traffic object: the domain caches the expanded week per traffic object.
    set: (w, v) => {
      if (w.traffic.pattern !== 'hourly') w.traffic = { ...w.traffic, requestsPerSecond: v ?? 0 };
    },
  },
  {
    id: 'inferenceMs',
    label: 'Inference time per request',
    unit: 'ms',
    path: 'inferenceMs',
    rule: 'positive',
    get: (w) => w.inferenceMs,
    set: (w, v) => (w.inferenceMs = v!),
  },
  {
    id: 'requestKiB',
    label: 'Request payload',
    unit: 'KiB',
    path: 'requestKiB',
    rule: 'non-negative',
    get: (w) => w.requestKiB,
    set: (w, v) => (w.requestKiB = v!),
  },
  {
    id: 'responseKiB',
    label: 'Response size',
    unit: 'KiB',
    path: 'responseKiB',
    rule: 'non-negative',
    get: (w) => w.responseKiB,
    set: (w, v) => (w.responseKiB = v!),
  },
  {
    id: 'latencyTargetMs',
    label: 'Latency target',
    unit: 'ms',
    path: 'latencyTargetMs',
    rule: 'positive',
    get: (w) => w.latencyTargetMs,
    set: (w, v) => (w.latencyTargetMs = v!),
  },
  {
    id: 'modelCount',
    label: 'Number of models',
    unit: 'models',
    path: 'models.count',
    rule: 'positive-integer',
    get: (w) => w.models.count,
    set: (w, v) => (w.models = { ...w.models, count: v! }),
  },
  {
    id: 'modelSizeGB',
    label: 'Model size',
    unit: 'GB',
    path: 'models.sizeGB',
    rule: 'positive',
    get: (w) => w.models.sizeGB,
    set: (w, v) => (w.models = { ...w.models, sizeGB: v! }),
  },
  {
    id: 'inputTokensPerRequest',
    label: 'Input tokens per request',
    unit: 'tokens, Bedrock',
    path: 'inputTokensPerRequest',
    rule: 'non-negative',
    optional: true,
    help: 'For Bedrock designs; give both token counts or neither.',
    get: (w) => w.inputTokensPerRequest,
    set: (w, v) => {
      if (v === undefined) delete w.inputTokensPerRequest;
      else w.inputTokensPerRequest = v;
    },
  },
  {
    id: 'outputTokensPerRequest',
    label: 'Output tokens per request',
    unit: 'tokens, Bedrock',
    path: 'outputTokensPerRequest',
    rule: 'non-negative',
    optional: true,
    get: (w) => w.outputTokensPerRequest,
    set: (w, v) => {
      if (v === undefined) delete w.outputTokensPerRequest;
      else w.outputTokensPerRequest = v;
    },
  },
];

export const workloadField = (id: WorkloadNumberFieldId): WorkloadNumberField =>
  WORKLOAD_NUMBER_FIELDS.find((f) => f.id === id)!;
