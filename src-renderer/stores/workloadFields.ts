/**
 * The workload's number fields as data: label, unit (shown in the label), where the value lives in
 * the workload, and the rule a typed value must meet before the project takes it.
 */
import type { BatchTraffic, Workload } from '@shared/project/schema';
import { WORKLOAD_LIMITS } from './fieldLimits';
import type { NumberField, NumberRule } from './numberInput';

export type WorkloadNumberFieldId =
  | 'requestsPerSecond'
  | 'averageRequestsPerSecond'
  | 'recordsPerRun'
  | 'runsPerMonth'
  | 'windowHours'
  | 'startHour'
  | 'inferenceMs'
  | 'requestKiB'
  | 'responseKiB'
  | 'latencyTargetMs'
  | 'modelCount'
  | 'modelSizeGB'
  | 'inputTokensPerRequest'
  | 'outputTokensPerRequest';

/** A workload number field: the common field data plus its id and where the domain's validation names it. */
export interface WorkloadNumberField extends NumberField<Workload> {
  id: WorkloadNumberFieldId;
  /** Dotted path in the workload, as the domain's validation names it. */
  path: string;
}

/** A number kept at the top of the workload, required; its path is its id. */
function topLevel(
  id: 'inferenceMs' | 'requestKiB' | 'responseKiB',
  label: string,
  unit: string,
  rule: NumberRule,
): WorkloadNumberField {
  return { id, label, unit, path: id, rule, max: WORKLOAD_LIMITS[id], get: (w) => w[id], set: (w, v) => (w[id] = v!) };
}

/** A number of the models object; a new object on each write, as the workload's other parts. */
function modelsField(
  id: 'modelCount' | 'modelSizeGB',
  key: 'count' | 'sizeGB',
  label: string,
  unit: string,
  rule: NumberRule,
): WorkloadNumberField {
  return {
    id,
    label,
    unit,
    path: `models.${key}`,
    rule,
    max: WORKLOAD_LIMITS[id],
    get: (w) => w.models[key],
    set: (w, v) => (w.models = { ...w.models, [key]: v! }),
  };
}

/** An optional Bedrock token count: an empty field removes it from the workload. */
function tokenField(
  id: 'inputTokensPerRequest' | 'outputTokensPerRequest',
  label: string,
  extra: Pick<WorkloadNumberField, 'help'> = {},
): WorkloadNumberField {
  return {
    id,
    label,
    unit: 'tokens, Bedrock',
    path: id,
    rule: 'non-negative',
    optional: true,
    max: WORKLOAD_LIMITS[id],
    ...extra,
    get: (w) => w[id],
    set: (w, v) => {
      if (v === undefined) delete w[id];
      else w[id] = v;
    },
  };
}

type PresetTraffic = Exclude<Workload['traffic'], { pattern: 'hourly' } | BatchTraffic>;
const presetOf = (w: Workload): PresetTraffic | undefined =>
  w.traffic.pattern === 'hourly' || w.traffic.pattern === 'batch' ? undefined : w.traffic;

/** A number of a scheduled batch job (`pattern: "batch"`); a new traffic object on each write. */
function batchField(
  id: 'recordsPerRun' | 'runsPerMonth' | 'windowHours' | 'startHour',
  label: string,
  unit: string,
  rule: NumberRule,
  help: string,
): WorkloadNumberField {
  return {
    id,
    label,
    unit,
    path: `traffic.${id}`,
    rule,
    max: WORKLOAD_LIMITS[id],
    help,
    get: (w) => (w.traffic.pattern === 'batch' ? w.traffic[id] : undefined),
    set: (w, v) => {
      if (w.traffic.pattern === 'batch') w.traffic = { ...w.traffic, [id]: v! };
    },
  };
}

/** The workload's number fields, in form order. */
export const WORKLOAD_NUMBER_FIELDS: ReadonlyArray<WorkloadNumberField> = [
  {
    id: 'requestsPerSecond',
    label: 'Traffic rate',
    unit: 'requests/s',
    path: 'traffic.requestsPerSecond',
    rule: 'non-negative',
    max: WORKLOAD_LIMITS.requestsPerSecond,
    help: 'The preset is scaled to this rate (its peak hour, or its weekly average).',
    get: (w) => presetOf(w)?.requestsPerSecond,
    // A new traffic object: the domain caches the expanded week per traffic object.
    set: (w, v) => {
      const t = presetOf(w);
      if (t) w.traffic = { ...t, requestsPerSecond: v ?? 0 };
    },
  },
  {
    id: 'averageRequestsPerSecond',
    label: 'Average rate',
    unit: 'requests/s',
    path: 'traffic.averageRequestsPerSecond',
    rule: 'positive',
    max: WORKLOAD_LIMITS.averageRequestsPerSecond,
    help: 'The weekly average: the peak hours stay at the peak, the other hours follow the pattern to this average.',
    get: (w) => presetOf(w)?.averageRequestsPerSecond,
    set: (w, v) => {
      const t = presetOf(w);
      if (t && v !== undefined) w.traffic = { ...t, averageRequestsPerSecond: v };
    },
  },
  batchField('recordsPerRun', 'Records per run', 'records', 'positive', 'One record is one request.'),
  batchField('runsPerMonth', 'Runs per month', 'runs', 'positive', '30 for a nightly job.'),
  batchField('windowHours', 'Window length', 'hours', 'positive', 'Each run must finish inside its window.'),
  batchField('startHour', 'Window opens at', 'hour of the day, 0–23', 'non-negative-integer', '1 means 01:00.'),
  topLevel('inferenceMs', 'Inference time per request', 'ms', 'positive'),
  topLevel('requestKiB', 'Request payload', 'KiB', 'non-negative'),
  topLevel('responseKiB', 'Response size', 'KiB', 'non-negative'),
  {
    id: 'latencyTargetMs',
    label: 'Latency target',
    unit: 'ms',
    path: 'latencyTargetMs',
    rule: 'positive',
    optional: true,
    help: 'Leave empty for no latency target (a batch job, offline scoring).',
    get: (w) => w.latencyTargetMs ?? undefined,
    set: (w, v) => (w.latencyTargetMs = v ?? null),
  },
  modelsField('modelCount', 'count', 'Number of models', 'models', 'positive-integer'),
  modelsField('modelSizeGB', 'sizeGB', 'Model size', 'GB', 'positive'),
  tokenField('inputTokensPerRequest', 'Input tokens per request', {
    help: 'For Bedrock designs; give both token counts or neither.',
  }),
  tokenField('outputTokensPerRequest', 'Output tokens per request'),
];

/** The field with this id. */
export const workloadField = (id: WorkloadNumberFieldId): WorkloadNumberField =>
  WORKLOAD_NUMBER_FIELDS.find((f) => f.id === id)!;
