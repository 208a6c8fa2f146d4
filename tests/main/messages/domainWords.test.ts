// Every message the engine writes for people (reasons, why / why not, warnings, line-item notes,
// throughput notes) is in the user's words at the source: no project-file field name, no price key,
// no type id. The technical part sits in a separate detail (reason.detail, lineItem.detail,
// warningDetails), which the CLI and the JSON keep. Scanned over many workloads and designs, on the
// built-in prices and on a catalog that lacks most rates (so the "enter a rate" notes appear).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  HOSTING_TYPES,
  PURCHASE_TYPES,
  estimateDesign,
  hostingDefinition,
  purchaseDefinition,
  recommendForWorkload,
  type DesignEstimate,
  type FeasibilityReason,
} from '@shared/domain';
import type { PriceCatalog } from '@shared/prices/catalog';
import { createPriceCatalog } from '@shared/prices/lookup';
import { newProject } from '@shared/project/defaults';
import { ProjectSchema, type Design, type Workload } from '@shared/project/schema';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';
import { estimateJson, estimateText } from '../../../src-main/cli/estimateOutput';

const snapshot = loadEmbeddedSnapshot();
const builtIn = createPriceCatalog(snapshot);
/** Only on-demand SageMaker hosting in us-east-1: every other meter is missing. */
const sparse = createPriceCatalog({
  ...snapshot,
  entries: snapshot.entries.filter((e) => e.key.startsWith('sagemaker/us-east-1/instance/Hosting/')),
});
/** The built-in prices without serverless at 6 GB: that size's rates are derived (a warning naming a key). */
const no6GB = createPriceCatalog({ ...snapshot, entries: snapshot.entries.filter((e) => !e.key.endsWith('/6144')) });

/** camelCase keys of every object in a zod schema: the project file's field names. */
function fieldNames(schema: z.ZodType, out = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const walk = (s: unknown) => s && fieldNames(s as z.ZodType, out, seen);
  if (def.type === 'object') {
    for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
      if (/[a-z][A-Z]/.test(k)) out.add(k);
      walk(v);
    }
  }
  for (const k of ['innerType', 'element', 'in', 'out', 'valueType', 'left', 'right']) walk(def[k]);
  for (const k of ['options', 'items']) for (const s of (def[k] as unknown[] | undefined) ?? []) walk(s);
  return out;
}

const FIELDS = [...fieldNames(ProjectSchema)];
const FIELD = new RegExp(`\\b(?:${FIELDS.join('|')})\\b`);
const FIELD_PATH = /\b(?:hosting|purchase|workload|assumptions|traffic|models|autoscaling)\.[a-zA-Z]+/;
const PRICE_KEY = /\b(?:savings-plans|sagemaker|ec2|eks|lambda|bedrock)\/[a-z]{2}(?:-gov)?-[a-z]+-\d\//;
const TYPE_IDS = [...HOSTING_TYPES, ...PURCHASE_TYPES].filter((t) => t.includes('-') && t !== 'on-demand');
const TYPE_ID = new RegExp(`\\b(?:${TYPE_IDS.join('|')})\\b`);

/** What in a message is a technical name, or null when it is all words. */
function technical(message: string): string | null {
  for (const re of [FIELD, FIELD_PATH, PRICE_KEY, TYPE_ID]) {
    const m = re.exec(message);
    if (m) return m[0];
  }
  return null;
}

const base = newProject().workload;
const WORKLOADS: Workload[] = [
  base,
  { ...base, traffic: { pattern: 'steady', requestsPerSecond: 200 }, latencyTargetMs: 50, requestKiB: 8000 },
  {
    ...base,
    traffic: {
      pattern: 'hourly',
      requestsPerSecond: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 40 : 0)),
    },
    interruptible: true,
  },
  {
    ...base,
    traffic: { pattern: 'batch', recordsPerRun: 10_000_000, runsPerMonth: 30, windowHours: 4, startHour: 1 },
    latencyTargetMs: null,
  },
  { ...base, inputTokensPerRequest: 500, outputTokensPerRequest: 200, models: { count: 1, sizeGB: 16 } },
  { ...base, models: { count: 40, sizeGB: 2 }, datasetAvailableUpfront: true },
];

/** Every hosting type with every way to pay at its defaults, plus designs that hit the "enter …" notes. */
function designs(w: Workload): Design[] {
  const all: Design[] = [];
  for (const type of HOSTING_TYPES)
    for (const p of PURCHASE_TYPES)
      all.push({
        name: `${type} ${p}`,
        hosting: hostingDefinition(type).defaults(),
        purchase: purchaseDefinition(p).defaults(w),
      });
  const odd = (hosting: Record<string, unknown>, purchase: Record<string, unknown> = { type: 'on-demand' }) =>
    ({ name: 'odd', hosting, purchase }) as unknown as Design;
  all.push(
    odd({ type: 'sagemaker-realtime', instanceType: 'ml.x9.large', instanceCount: 1 }),
    odd({ type: 'sagemaker-batch', instanceType: 'ml.x9.large', instanceCount: 1 }),
    odd({ type: 'sagemaker-batch', instanceType: 'ml.m5.xlarge', instanceCount: 1 }),
    odd({ type: 'sagemaker-serverless', memoryMB: 6144, maxConcurrency: 2, provisionedConcurrency: 4 }),
    // A minimum of 0 (not allowed for real-time) and a maximum of 1 (too few for the peak).
    ...['sagemaker-async', 'sagemaker-realtime'].map((type) =>
      odd({ type, instanceType: 'ml.m5.xlarge', autoscaling: { min: 0, max: 1, targetInvocationsPerInstance: 70 } }),
    ),
    odd({
      type: 'sagemaker-realtime',
      instanceType: 'ml.m5.xlarge',
      instanceCount: 1,
      volumeGB: 50,
      region: 'eu-west-1',
    }),
    odd({ type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1 }, { type: 'spot' }),
    odd({ type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1 }, { type: 'spot', discountPercent: 60 }),
    odd({
      type: 'lambda',
      memoryMB: 2048,
      architecture: 'arm64',
      provisionedConcurrency: { count: 5, hoursPerMonth: 24 },
    }),
  );
  return all;
}

interface Scanned {
  where: string;
  message: string;
}

function messagesOf(e: DesignEstimate, where: string, why: FeasibilityReason[] = []): Scanned[] {
  const out: Scanned[] = [];
  const add = (what: string, m: string | undefined) => m && out.push({ where: `${where} ${what}`, message: m });
  for (const r of [...e.reasons, ...why]) add(`reason ${r.rule}`, r.message);
  for (const w of e.warnings) add('warning', w);
  for (const l of e.lineItems) {
    add('line label', l.label);
    add('line formula', l.formula);
    add('line unavailable', l.unavailable);
  }
  add('throughput source', e.throughput?.source);
  add('throughput basis', e.throughput?.basis);
  return out;
}

function scan(catalog: PriceCatalog): { messages: Scanned[]; estimates: DesignEstimate[] } {
  const messages: Scanned[] = [];
  const estimates: DesignEstimate[] = [];
  for (const [i, w] of WORKLOADS.entries()) {
    for (const d of designs(w)) {
      const e = estimateDesign(d, w, catalog, 'us-east-1');
      estimates.push(e);
      messages.push(...messagesOf(e, `workload ${i}, ${d.name}`));
    }
    for (const r of recommendForWorkload(w, catalog, 'us-east-1')) {
      estimates.push(r.estimate);
      messages.push(...messagesOf(r.estimate, `workload ${i}, recommended ${r.design.name}`, [...r.why, ...r.whyNot]));
    }
  }
  return { messages, estimates };
}

const scans = { builtIn: scan(builtIn), sparse: scan(sparse), no6GB: scan(no6GB) };

describe("the engine's messages are in the user's words", () => {
  it('knows the field names it looks for (the scan is not empty)', () => {
    expect(FIELDS).toEqual(expect.arrayContaining(['discountPercent', 'maxConcurrency', 'datasetAvailableUpfront']));
    expect(technical('enter a plan discount (discountPercent)')).toBe('discountPercent');
    expect(technical('sagemaker/us-east-1/serverless-compute/6144: rate derived')).toBe('sagemaker/us-east-1/');
    expect(technical('because sagemaker-savings-plan does not apply')).toBe('sagemaker-savings-plan');
    expect(technical('autoscaling.max 2 caps the fleet')).toBe('autoscaling.max');
    expect(scans.builtIn.messages.length + scans.sparse.messages.length).toBeGreaterThan(2000);
  });

  for (const [name, s] of Object.entries(scans))
    it(`names no field, price key or type id in any message (${name} prices)`, () => {
      const leaks = s.messages.flatMap((m) => {
        const t = technical(m.message);
        return t ? [`${m.where}: "${t}" in "${m.message}"`] : [];
      });
      expect([...new Set(leaks)]).toEqual([]);
    });

  it('keeps the technical names in a separate detail', () => {
    const all = Object.values(scans).flatMap((s) => s.estimates);
    const reasons = all.flatMap((e) => e.reasons);
    const lines = all.flatMap((e) => e.lineItems);
    const warningDetails = all.flatMap((e) => Object.values(e.warningDetails ?? {}));
    const reasonDetail = (rule: string) => reasons.find((r) => r.rule === rule)?.detail;
    expect(reasonDetail('serverless.throttling')).toBe('hosting.maxConcurrency');
    expect(reasonDetail('instance.throughput')).toMatch(
      /hosting\.concurrencyPerInstance|hosting\.maxRequestsPerSecond/,
    );
    expect(reasonDetail('batch.online')).toBe('workload.datasetAvailableUpfront');
    expect(reasonDetail('bedrock.tokens')).toBe('workload.inputTokensPerRequest, workload.outputTokensPerRequest');
    expect(lines.find((l) => l.unavailable?.includes('enter a spot price'))?.detail).toBe(
      'purchase.pricePerHour, purchase.discountPercent',
    );
    expect(lines.find((l) => l.unavailable?.includes('enter a plan discount'))?.detail).toBe(
      'purchase.discountPercent',
    );
    expect(warningDetails).toContain('assumptions.includeFreeTier');
    expect(warningDetails).toContain('sagemaker/us-east-1/serverless-compute/6144');
    expect(warningDetails.some((d) => d.startsWith('purchase.type '))).toBe(true);
    // Every estimate's details belong to one of its warnings.
    for (const e of all) for (const w of Object.keys(e.warningDetails ?? {})) expect(e.warnings).toContain(w);
  });

  it('the command line and its JSON keep the technical names beside the words', () => {
    const w = WORKLOADS[1]!;
    const e = estimateDesign(
      {
        name: 's',
        hosting: { type: 'sagemaker-serverless', memoryMB: 6144, maxConcurrency: 2 },
        purchase: { type: 'on-demand' },
      } as Design,
      w,
      no6GB,
      'us-east-1',
    );
    const json = estimateJson(e);
    expect(json.reasons.find((r) => r.rule === 'serverless.throttling')?.detail).toBe('hosting.maxConcurrency');
    expect(Object.values(json.warningDetails ?? {})).toContain('sagemaker/us-east-1/serverless-compute/6144');
    const text = estimateText(e);
    expect(text).toContain('[hosting.maxConcurrency]');
    expect(text).toContain('[sagemaker/us-east-1/serverless-compute/6144]');
  });
});
