/**
 * A refresh always ends: an endpoint that accepts the connection and never answers fails after the
 * idle limit per attempt, with a clear message, both for the SDK clients (Price List API) and for the
 * public price list downloads. A slow server that keeps sending is not a hung one.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPriceClientFactory } from '../../../src-main/prices/fetch/clients';
import { startFakePublicServer, type FakePublicServer } from './fakePublicServer';
import { awsEnvFor, publicTestService, testService, withEnv } from './helpers';
import { publicPriceFiles } from './publicFiles';

const SHORT = { timeouts: { connectMs: 1_000, idleMs: 300 }, retry: { attempts: 2, baseDelayMs: 1 } };

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});

/** A TCP server that accepts every connection and never sends a byte. */
async function hungServer(): Promise<{ url: string; connections: () => number }> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((s) => {
    connections += 1;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(
    () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: () => connections };
}

describe('network time limits', () => {
  it('the Price List API: a hung endpoint fails after the idle limit per attempt, with a clear message', async () => {
    const hung = await hungServer();
    await withEnv(awsEnvFor(hung.url), async () => {
      const started = Date.now();
      const report = await testService(hung.url, { clientFactory: defaultPriceClientFactory, ...SHORT }).refresh({
        regions: ['us-east-1'],
        services: ['lambda'],
        source: 'api',
      });
      expect(report).toMatchObject({ ok: false, status: 'failed', errorKind: 'network' });
      expect(report.error).toMatch(/did not answer in time/);
      expect(report.error).toMatch(/cached prices are unchanged/);
      // Two attempts of 0.3 s each, not the minutes an unbounded request would hang.
      expect(hung.connections()).toBe(2);
      expect(Date.now() - started).toBeLessThan(10_000);
    });
  });

  it('the public price list: a hung endpoint fails after the idle limit per attempt, naming the server', async () => {
    const hung = await hungServer();
    const started = Date.now();
    const report = await publicTestService(hung.url, SHORT).refresh({ regions: ['us-east-1'], source: 'public' });
    expect(report).toMatchObject({ ok: false, status: 'failed', errorKind: 'network', source: 'public' });
    expect(report.error).toMatch(
      /public price list did not answer in time \(no answer from 127\.0\.0\.1:\d+ for 0\.3 s/,
    );
    expect(hung.connections()).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('the public price list: a server that stops in the middle of a file fails after the idle limit', async () => {
    const server: FakePublicServer = await startFakePublicServer(publicPriceFiles(['us-east-1']), {
      hang: /AmazonEC2\/\d+\/us-east-1\/index\.json$/,
    });
    closers.push(() => server.close());
    const report = await publicTestService(server.url, SHORT).refresh({
      regions: ['us-east-1'],
      services: ['ec2'],
      source: 'public',
    });
    expect(report).toMatchObject({ ok: false, errorKind: 'network' });
    expect(report.error).toMatch(/no answer from .* for 0\.3 s \(\/offers\/v1\.0\/aws\/AmazonEC2/);
  });

  it('a slow server that keeps sending is not cut off: the limit is on silence, not on the whole download', async () => {
    const server = await startFakePublicServer(publicPriceFiles(['us-east-1']), {
      slow: { path: /AWSLambda\/\d+\/us-east-1\/index\.json$/, bytes: 2048, everyMs: 100 },
    });
    closers.push(() => server.close());
    const started = Date.now();
    const report = await publicTestService(server.url, SHORT).refresh({
      regions: ['us-east-1'],
      services: ['lambda'],
      source: 'public',
    });
    expect(report.ok).toBe(true);
    // The drip took longer than the idle limit in total, so only gaps were timed.
    expect(Date.now() - started).toBeGreaterThan(300);
  });
});
