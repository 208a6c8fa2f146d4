/**
 * The GPU fit, throughput estimate and Bedrock ranking on the embedded snapshot's real hardware facts
 * and prices: the cases (g2.8xlarge, g5.12xlarge), slices, Inferentia, and no embedding model
 * proposed for a generation workload.
 */
import { describe, expect, it } from 'vitest';
import { createPriceCatalog } from '@shared/prices/lookup';
import {
  acceleratorOf,
  bandwidthOf,
  checkModelFit,
  memoryNeed,
  bedrockModelPrices,
  rankBedrockModels,
} from '@shared/domain';
import { loadEmbeddedSnapshot } from '../../../src-main/prices/snapshot/loadSnapshot';

const catalog = createPriceCatalog(loadEmbeddedSnapshot());
const spec = (t: string) => {
  const s = catalog.instanceSpec(t);
  if (!s) throw new Error(`no facts for ${t}`);
  return s;
};
const fit = (t: string, model: { sizeGB: number; parametersBillions?: number; bytesPerParameter?: number }) =>
  checkModelFit(spec(t), model, memoryNeed(model), true);

describe('GPU fit on the snapshot hardware facts', () => {
  it('a 30 GB model never "fits" g2.8xlarge: its GPU memory is unknown, so the fit cannot be checked', () => {
    const f = fit('g2.8xlarge', { sizeGB: 30 });
    expect(f.status).not.toBe('fits');
    if (f.status === 'unknown') expect(f.detail).toMatch(/^cannot check fit/);
  });

  it('g5.12xlarge (4 × A10G, 22,888 MiB each) holds the 30 GB model over 2 GPUs; ml.g5.12xlarge the same', () => {
    for (const t of ['g5.12xlarge', 'ml.g5.12xlarge']) {
      const f = fit(t, { sizeGB: 30 });
      expect(f.status).toBe('fits');
      if (f.status === 'fits') expect(f.shards).toBe(2);
    }
    expect(fit('g5.2xlarge', { sizeGB: 30 }).status).toBe('too-large');
  });

  it('a 7B chat model (15 GB) fits one 24 GB GPU of g5.xlarge and g6.xlarge', () => {
    expect(fit('g5.xlarge', { sizeGB: 15 }).status).toBe('fits');
    expect(fit('g6.xlarge', { sizeGB: 15 }).status).toBe('fits');
  });

  it('p4d.24xlarge is read per GPU (8 × 40 GiB), not as one 320 GB device', () => {
    expect(acceleratorOf(spec('p4d.24xlarge'))).toMatchObject({ devices: 8, memoryPerDeviceGiB: 40 });
    const f = fit('p4d.24xlarge', { sizeGB: 140, parametersBillions: 70, bytesPerParameter: 2 });
    expect(f.status === 'fits' && f.shards).toBe(4);
  });

  it('a g6f slice has its slice memory, not a whole L4', () => {
    const a = acceleratorOf(spec('g6f.large'));
    expect(a.fractional).toBe(true);
    expect(a.memoryPerDeviceGiB! * 1024).toBeCloseTo(2861, 6);
    expect(fit('g6f.large', { sizeGB: 15 }).status).toBe('too-large');
  });

  it('Inferentia2 chips carry 32 GiB each and a published bandwidth', () => {
    const a = acceleratorOf(spec('inf2.48xlarge'));
    expect(a.devices).toBe(12);
    expect(a.memoryPerDeviceGiB).toBe(32);
    expect(bandwidthOf(a.model, a.memoryPerDeviceGiB)?.bandwidthGBps).toBe(820);
  });

  it('the bandwidth table knows the GPUs of the current GPU families as the data names them', () => {
    for (const t of ['g4dn.xlarge', 'g5.xlarge', 'g6.xlarge', 'g6e.xlarge', 'p4d.24xlarge', 'p5.48xlarge']) {
      const a = acceleratorOf(spec(t));
      expect(bandwidthOf(a.model, a.memoryPerDeviceGiB), `${t}: ${a.model}`).toBeDefined();
    }
  });
});

describe('Bedrock ranking on the snapshot prices', () => {
  it('proposes only text-generation models, cheapest for 500 in / 300 out first', () => {
    const ranked = rankBedrockModels(bedrockModelPrices(catalog, 'us-east-1'), { inputTokens: 500, outputTokens: 300 });
    expect(ranked.length).toBeGreaterThan(3);
    expect(ranked.some((r) => /embed/i.test(r.model))).toBe(false);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i]!.usdPerRequest).toBeGreaterThanOrEqual(ranked[i - 1]!.usdPerRequest);
  });
});
