// prices.catalog: the renderer's price data, restricted to the regions asked for.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PriceService } from '../../../src-main/prices/PriceService';
import { dispatch } from '../../../src-main/api/dispatch';
import { priceCatalogHandlers, restrictToRegions } from '../../../src-main/api/areas/priceCatalog';
import type { ApiHandlers } from '../../../src-main/api/handlers';
import type { Services } from '../../../src-main/composition/services';
import type { PriceCatalogData } from '@shared/prices/catalog';

const source = { origin: 'snapshot' as const, label: 'test', asOf: '2026-06-01' };
const data: PriceCatalogData = {
  format: 'infercalc-prices',
  version: 1,
  origin: 'snapshot',
  builtAt: '2026-06-01',
  entries: [
    { key: 'sagemaker/us-east-1/instance/Hosting/ml.c5.xlarge', usd: 0.204, unit: 'hour', source },
    { key: 'sagemaker/eu-west-1/instance/Hosting/ml.c5.xlarge', usd: 0.23, unit: 'hour', source },
    { key: 'savings-plans/sagemaker/eu-west-1/1yr/no-upfront/Hosting/ml.c5.xlarge', usd: 0.15, unit: 'hour', source },
  ],
  instanceSpecs: [{ instanceType: 'c5.xlarge', vcpu: 4, memoryGiB: 8, gpuCount: 0 }],
  coverage: [
    { service: 'sagemaker', region: 'us-east-1', origin: 'snapshot', asOf: '2026-06-01', count: 1 },
    { service: 'sagemaker', region: 'eu-west-1', origin: 'snapshot', asOf: '2026-06-01', count: 1 },
  ],
  missing: [],
};
const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as never;
const services = { prices: { load: async () => {}, catalogData: () => data } } as unknown as Services;

describe('prices.catalog', () => {
  it('keeps only the regions asked for, Savings Plans keys included', () => {
    const eu = restrictToRegions(data, ['eu-west-1']);
    expect(eu.entries.map((e) => e.key)).toEqual([data.entries[1]!.key, data.entries[2]!.key]);
    expect(eu.coverage.map((c) => c.region)).toEqual(['eu-west-1']);
    expect(eu.instanceSpecs).toHaveLength(1);
  });

  it('answers through dispatch with the available regions, and refuses a bad region by name', async () => {
    const handlers = priceCatalogHandlers(services) as ApiHandlers;
    const ok = await dispatch(handlers, 'prices.catalog', { regions: ['us-east-1'] }, { transport: 'http' }, logger);
    expect(ok.ok && ok.result).toMatchObject({ availableRegions: ['eu-west-1', 'us-east-1'] });
    const bad = await dispatch(handlers, 'prices.catalog', { regions: ['mars'] }, { transport: 'http' }, logger);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!bad.ok && bad.error.message).toContain('regions[0]');
  });

  it('serves the real price service: the embedded snapshot when there is no cache', async () => {
    const dataFolder = mkdtempSync(join(tmpdir(), 'infercalc-catalog-'));
    const prices = new PriceService({ dataFolder });
    const r = await priceCatalogHandlers({ prices } as unknown as Services)['prices.catalog'](
      { regions: ['us-east-1'] },
      { transport: 'http' },
    );
    expect(r.data.entries.length).toBeGreaterThan(100);
    expect(r.data.entries.every((e) => !e.key.includes('/eu-west-1/'))).toBe(true);
    expect(r.availableRegions).toContain('us-east-1');
  });
});
