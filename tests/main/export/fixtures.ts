/** Projects and an export service for the export tests: the embedded price snapshot and a fixed clock. */
import { expect } from 'vitest';
import { newProject } from '@shared/project/defaults';
import type { PriceCatalogData, PriceEntry } from '@shared/prices/catalog';
import type { Design, Project } from '@shared/project/schema';
import { ExportService } from '../../../src-main/export/exportService';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';

export const EXPORT_DATE = new Date('2026-11-27T09:30:00Z');

/** An export service over the embedded snapshot (or other price data), dated EXPORT_DATE. */
export function testExporter(catalogData: () => PriceCatalogData = loadEmbeddedSnapshot): ExportService {
  return new ExportService({ catalogData, now: () => EXPORT_DATE, appVersion: '9.9.9' });
}

/** Reserved-instance rates with an upfront fee (the snapshot has only no-upfront ones), as a refresh would add. */
export const RESERVED_PRICES = {
  partial1yr: { key: 'ec2/us-east-1/reserved/1yr/standard/partial-upfront/c5.xlarge', usd: 0.05, upfrontUsd: 438 },
  all3yr: { key: 'ec2/us-east-1/reserved/3yr/standard/all-upfront/c5.xlarge', usd: 0, upfrontUsd: 2102.4 },
} as const;

/** The snapshot plus RESERVED_PRICES. */
export function withReservedPrices(): PriceCatalogData {
  const data = loadEmbeddedSnapshot();
  const source = { origin: 'api' as const, label: 'AWS Price List API', asOf: '2026-11-01' };
  const extra: PriceEntry[] = Object.values(RESERVED_PRICES).map((p) => ({ ...p, unit: 'hour', source }));
  return { ...data, entries: [...data.entries, ...extra] };
}

/** Designs reserving c5.xlarge with an upfront fee (1 yr partial and 3 yr all upfront; two designs share the first rate). */
export function reservedDesigns(): Design[] {
  const ec2 = (name: string, instanceCount: number, termYears: 1 | 3, payment: 'partial-upfront' | 'all-upfront') =>
    ({
      name,
      hosting: { type: 'ec2', instanceType: 'c5.xlarge', instanceCount, maxRequestsPerSecondPerInstance: 20 },
      purchase: { type: 'reserved-instance', termYears, offeringClass: 'standard', payment },
    }) as Design;
  return [
    ec2('Reserved 1 yr partial', 2, 1, 'partial-upfront'),
    ec2('Reserved 1 yr partial x3', 3, 1, 'partial-upfront'),
    ec2('Reserved 3 yr all upfront', 2, 3, 'all-upfront'),
  ];
}

const realtime = (name: string, instanceCount = 2): Design => ({
  name,
  hosting: {
    type: 'sagemaker-realtime',
    instanceType: 'ml.c5.xlarge',
    instanceCount,
    maxRequestsPerSecondPerInstance: 20,
  },
  purchase: { type: 'on-demand' },
});

/** One design of every hosting type (and a purchase that has no price in the snapshot). */
export function everyHostingDesigns(): Design[] {
  const autoscaling = { min: 1, max: 8, targetInvocationsPerInstance: 600 };
  return [
    realtime('Real-time'),
    {
      name: 'Multi-model',
      hosting: {
        type: 'sagemaker-multi-model',
        instanceType: 'ml.m5.xlarge',
        autoscaling,
        maxRequestsPerSecondPerInstance: 20,
      },
      purchase: { type: 'on-demand' },
    },
    {
      name: 'Multi-container',
      hosting: {
        type: 'sagemaker-multi-container',
        instanceType: 'ml.m5.xlarge',
        instanceCount: 1,
        maxRequestsPerSecondPerInstance: 20,
      },
      purchase: { type: 'on-demand' },
    },
    {
      name: 'Serverless',
      hosting: { type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20, provisionedConcurrency: 2 },
      purchase: { type: 'on-demand' },
    },
    {
      name: 'Async',
      hosting: {
        type: 'sagemaker-async',
        instanceType: 'ml.c5.xlarge',
        autoscaling: { ...autoscaling, min: 0 },
        maxRequestsPerSecondPerInstance: 20,
      },
      purchase: { type: 'on-demand' },
    },
    {
      name: 'Batch',
      hosting: {
        type: 'sagemaker-batch',
        instanceType: 'ml.c5.xlarge',
        instanceCount: 2,
        jobsPerMonth: 30,
        hoursPerJob: 1.5,
      },
      purchase: { type: 'on-demand' },
    },
    {
      name: 'EC2 spot',
      hosting: { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 2, maxRequestsPerSecondPerInstance: 20 },
      purchase: { type: 'spot', discountPercent: 60 },
    },
    {
      name: 'EKS',
      hosting: { type: 'eks', instanceType: 'c5.xlarge', autoscaling, maxRequestsPerSecondPerInstance: 20 },
      purchase: { type: 'on-demand' },
    },
    {
      name: 'Lambda',
      hosting: { type: 'lambda', memoryMB: 3072, architecture: 'arm64' },
      purchase: { type: 'on-demand' },
    },
    {
      name: 'Bedrock',
      hosting: {
        type: 'bedrock',
        model: 'anthropic.claude-3-haiku',
        inputTokensPerRequest: 300,
        outputTokensPerRequest: 50,
      },
      purchase: { type: 'on-demand' },
    },
    // The snapshot has no Savings Plans rates: this design's total must show as unavailable.
    {
      name: 'Plan without a rate',
      hosting: {
        type: 'sagemaker-realtime',
        instanceType: 'ml.c5.xlarge',
        instanceCount: 1,
        maxRequestsPerSecondPerInstance: 20,
      },
      purchase: { type: 'sagemaker-savings-plan', termYears: 1, payment: 'no-upfront' },
    },
  ];
}

/** A project over `designs`, with a user-entered rate on one key. */
export function projectWith(designs: Design[], name = 'Fraud scoring'): Project {
  const p = newProject(name);
  p.workload.commitmentYears = 1;
  p.workload.interruptible = true;
  p.designs = designs;
  return p;
}

/** Twenty designs whose names are long, odd, clashing or reserved. */
export function twentyDesigns(): Design[] {
  const names = [
    'Summary',
    'prices',
    'A very long design name that goes well past thirty-one characters',
    'A very long design name that goes well past thirty-one characters, again',
    "'Quoted'",
    'Slash/and\\back',
    'Brackets [x] : * ?',
    'history',
    '   ',
    'Same',
    'SAME',
    'same',
    "It's fine",
    'Émoji 🚀 design',
    'Traffic',
    'Cost vs traffic',
    'x'.repeat(200),
    'Tab\there',
    'Design 1',
    'Last one',
  ];
  return names.map((n, i) => realtime(n, 1 + (i % 3)));
}

/** The rules Excel applies to a sheet name. */
export function expectValidSheetName(name: string): void {
  expect(Array.from(name).length).toBeGreaterThan(0);
  expect(Array.from(name).length).toBeLessThanOrEqual(31);
  expect(name).not.toMatch(/[[\]:*?/\\]/);
  expect(name.startsWith("'")).toBe(false);
  expect(name.endsWith("'")).toBe(false);
  expect(name.toLowerCase()).not.toBe('history');
}
