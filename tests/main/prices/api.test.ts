/**
 * The prices.* operations through `dispatch` (validation, handler, envelope), with a price service on
 * a temp folder talking to the fake AWS server; progress arrives on the event bus as prices.progress.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiContract, type OperationName, type ResponseOf } from '@shared/api/contract';
import type { ApiEnvelope } from '@shared/api/envelope';
import { priceKeys } from '@shared/prices/keys';
import { silentLogger } from '../../../src-main/runtime/logger';
import { createHandlers } from '../../../src-main/api/createHandlers';
import { dispatch } from '../../../src-main/api/dispatch';
import type { PriceService } from '../../../src-main/prices/PriceService';
import { createServices, type Services } from '../../../src-main/composition/services';
import { startFakeAwsServer, type FakeAwsServer } from './fakeAwsServer';
import { regionData, testService } from './helpers';

let server: FakeAwsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function backend(prices: PriceService) {
  const services: Services = createServices(
    { dataFolder: prices['deps'].dataFolder, mode: 'web', logger: silentLogger, env: {} },
    prices,
  );
  const handlers = createHandlers(services);
  const events: Array<{ event: string; payload: unknown }> = [];
  services.events.subscribe((event, payload) => events.push({ event, payload }));
  const call = async <K extends OperationName>(operation: K, request: unknown): Promise<ApiEnvelope<ResponseOf<K>>> => {
    const envelope = await dispatch(handlers, operation, request, { transport: 'http' }, silentLogger);
    // Every answer must satisfy the contract the renderer checks it against.
    if (envelope.ok) apiContract[operation].response.parse(envelope.result);
    return envelope as ApiEnvelope<ResponseOf<K>>;
  };
  return { call, events };
}

describe('prices.* operations', () => {
  it('prices.status reports the snapshot on a fresh folder', async () => {
    server = await startFakeAwsServer(regionData());
    const { call } = backend(testService(server.url));
    const r = await call('prices.status', {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result).toMatchObject({ kind: 'snapshot', refreshing: false });
  });

  it('prices.refresh fetches, emits prices.progress events, and status then reports the cache', async () => {
    server = await startFakeAwsServer(regionData());
    const { call, events } = backend(testService(server.url));
    const r = await call('prices.refresh', { regions: ['us-east-1'], services: ['sagemaker', 'lambda'] });
    expect(r).toMatchObject({
      ok: true,
      result: { ok: true, status: 'ok', regions: ['us-east-1'], services: ['sagemaker', 'lambda'] },
    });
    const progress = events.filter((e) => e.event === 'prices.progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.length).toBe(r.ok ? r.result.pages : -1);
    expect(progress.at(-1)?.payload).toMatchObject({ region: 'us-east-1', products: r.ok ? r.result.products : -1 });
    const status = await call('prices.status', {});
    expect(status).toMatchObject({ ok: true, result: { kind: 'cache', lastRefresh: { status: 'ok' } } });
  });

  it('a second prices.refresh while one runs joins it: one fetch, the same report', async () => {
    server = await startFakeAwsServer(regionData(), { delayMs: 20 });
    const { call } = backend(testService(server.url));
    const first = call('prices.refresh', { regions: ['us-east-1'], services: ['lambda'] });
    const second = call('prices.refresh', { regions: ['us-east-1'], services: ['lambda'] });
    const [a, b] = await Promise.all([first, second]);
    expect(a).toEqual(b);
    expect(a.ok && a.result.ok).toBe(true);
    expect(server.requests.length).toBe(a.ok ? a.result.requests : -1);
  });

  it('prices.cancel stops the refresh in progress; the cache is untouched', async () => {
    server = await startFakeAwsServer(regionData(), { delayMs: 300 });
    const { call } = backend(testService(server.url));
    expect(await call('prices.cancel', {})).toEqual({ ok: true, result: { cancelled: false } });
    const pending = call('prices.refresh', { regions: ['us-east-1'] });
    await new Promise((r) => setTimeout(r, 50));
    expect((await call('prices.status', {})) as unknown).toMatchObject({ ok: true, result: { refreshing: true } });
    expect(await call('prices.cancel', {})).toEqual({ ok: true, result: { cancelled: true } });
    expect(await pending).toMatchObject({ ok: true, result: { ok: false, status: 'cancelled' } });
    expect(await call('prices.status', {})).toMatchObject({
      ok: true,
      result: { kind: 'snapshot', refreshing: false },
    });
  });

  it('prices.refresh rejects bad arguments naming the field', async () => {
    server = await startFakeAwsServer(regionData());
    const { call } = backend(testService(server.url));
    const badRegion = await call('prices.refresh', { regions: ['xx'] });
    expect(badRegion).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringMatching(/regions\[0\]: expected an AWS region code/) },
    });
    const badService = await call('prices.refresh', { services: ['nope'] });
    expect(badService).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringMatching(/services\[0\]/) },
    });
    expect(server.requests).toHaveLength(0);
  });

  it('prices.catalog returns the regions asked for, with the refreshed prices merged in', async () => {
    server = await startFakeAwsServer(regionData());
    const prices = testService(server.url);
    const { call } = backend(prices);
    const before = await call('prices.catalog', { regions: ['eu-west-1'] });
    expect(before.ok).toBe(true);
    if (!before.ok) return;
    const data = before.result.data;
    expect(data.entries.length).toBeGreaterThan(0);
    expect(data.coverage.every((c) => c.region === 'eu-west-1')).toBe(true);
    expect(data.entries.every((e) => !/\/(us-east-1|ap-south-1)\//.test(e.key))).toBe(true);
    expect(before.result.availableRegions).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-1']));

    await call('prices.refresh', { regions: ['us-east-1'], services: ['sagemaker'] });
    const after = await call('prices.catalog', { regions: ['us-east-1'] });
    if (!after.ok) throw new Error(after.error.message);
    const hosting = (
      after.result.data as { entries: Array<{ key: string; usd: number; source: { origin: string } }> }
    ).entries.find((e) => e.key === priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'));
    expect(hosting).toMatchObject({ usd: 0.204, source: { origin: 'api' } });
    expect(await call('prices.catalog', { regions: [] })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('prices.catalog as the first call after start already includes the cache on disk', async () => {
    server = await startFakeAwsServer(regionData());
    const first = testService(server.url);
    expect((await first.refresh({ regions: ['us-east-1'], services: ['sagemaker'] })).ok).toBe(true);
    const { call } = backend(testService(server.url, { dataFolder: first['deps'].dataFolder }));
    const r = await call('prices.catalog', { regions: ['us-east-1'] });
    if (!r.ok) throw new Error(r.error.message);
    const key = priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge');
    const hosting = (r.result.data as { entries: Array<{ key: string; source: { origin: string } }> }).entries.find(
      (e) => e.key === key,
    );
    expect(hosting?.source.origin).toBe('api');
  });
});
