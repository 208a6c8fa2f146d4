// Spot prices with credentials: the real EC2 SDK client against the fake server's EC2 Query endpoint
// (XML answers, pages through nextToken, the region from the request signature).
import { afterEach, describe, expect, it } from 'vitest';
import { priceKeys } from '@shared/prices/keys';
import { defaultPriceClientFactory } from '../../../src-main/prices/fetch/clients';
import { startFakeAwsServer, type FakeAwsServer } from './fakeAwsServer';
import type { FakeSpotRecord } from './fakeEc2Query';
import { awsEnvFor, regionData, testService, withEnv } from './helpers';

process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

const record = (
  zone: string,
  price: string,
  timestamp = '2026-11-27T09:00:00.000Z',
  over: Partial<FakeSpotRecord> = {},
) => ({
  region: zone.slice(0, -1),
  zone,
  type: 'g5.xlarge',
  product: 'Linux/UNIX',
  price,
  timestamp,
  ...over,
});

/** us-east-1 g5.xlarge in three zones (zone b changed price twice), with decoys. */
const SPOT: FakeSpotRecord[] = [
  record('us-east-1a', '0.400000'),
  record('us-east-1b', '0.500000', '2026-11-27T03:00:00.000Z'),
  record('us-east-1b', '0.440000', '2026-11-27T08:00:00.000Z'),
  record('us-east-1c', '0.480000'),
  record('us-east-1a', '0.600000', '2026-11-27T09:00:00.000Z', { product: 'Windows' }),
  record('us-east-1a', '0.300000', '2026-11-27T11:00:00.000Z'), // after the fetch time: not in effect yet
  record('eu-west-1a', '0.390000'),
  record('us-east-1a', '0.210000', '2026-11-27T09:00:00.000Z', { type: 'm5.xlarge' }),
];

let server: FakeAwsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('spot prices from DescribeSpotPriceHistory', () => {
  it('reads every page and prices each type at the mean of its zones’ current prices', async () => {
    server = await startFakeAwsServer({ ...regionData(), spot: SPOT, spotPageSize: 2 });
    const service = testService(server.url);
    const report = await service.refresh({ regions: ['us-east-1'], services: ['ec2'], source: 'api' });
    expect(report.ok, report.error).toBe(true);
    const calls = server.requests.filter((r) => r.operation === 'DescribeSpotPriceHistory');
    // Five us-east-1 Linux/UNIX records in effect by the fetch time (not the Windows one, nor the one
    // after it), two a page: three calls.
    expect(calls).toHaveLength(3);
    expect(calls[0]!.body).toMatchObject({
      Version: '2016-11-15',
      'ProductDescription.1': 'Linux/UNIX',
      StartTime: '2026-11-27T10:00:00Z',
      EndTime: '2026-11-27T10:00:00Z',
      MaxResults: '1000',
    });
    expect(calls[0]!.body['NextToken']).toBeUndefined();
    expect(calls[1]!.body['NextToken']).toBe('spot:2');
    const catalog = service.getCatalog();
    // Latest price per zone: a $0.40, b $0.44 (not the older $0.50), c $0.48 → mean $0.44.
    const g5 = catalog.lookup(priceKeys.ec2Spot('us-east-1', 'g5.xlarge'));
    expect(g5.ok && g5.price.usd).toBeCloseTo(0.44, 12);
    expect(g5.ok && g5.price.source).toMatchObject({
      origin: 'api',
      label: 'AWS EC2 API (DescribeSpotPriceHistory)',
      asOf: '2026-11-27',
    });
    expect(g5.ok && g5.price.source.description).toMatch(/mean of 3 Availability Zones, \$0\.4 to \$0\.48 per hour/);
    const m5 = catalog.lookup(priceKeys.ec2Spot('us-east-1', 'm5.xlarge'));
    expect(m5.ok && m5.price.usd).toBe(0.21);
    // The other region's record stayed with its region (only us-east-1 was refreshed).
    const ireland = catalog.lookup(priceKeys.ec2Spot('eu-west-1', 'g5.xlarge'));
    expect(ireland.ok && ireland.price.source.origin).not.toBe('api');
    expect(report.requests).toBe(server.requests.length);
  });

  it('a refused call keeps the refresh and the earlier spot prices, marked, and says why', async () => {
    server = await startFakeAwsServer({ ...regionData(), spot: SPOT });
    const service = testService(server.url);
    expect((await service.refresh({ regions: ['us-east-1'], services: ['ec2'], source: 'api' })).ok).toBe(true);
    server.faults.rejectSpot = {
      status: 403,
      type: 'UnauthorizedOperation',
      message: 'You are not authorized to perform this operation.',
    };
    const report = await service.refresh({ regions: ['us-east-1'], services: ['ec2'], source: 'api' });
    expect(report.ok, report.error).toBe(true);
    expect(report.skipped.map((s) => s.reason).join(' ')).toMatch(
      /DescribeSpotPriceHistory was refused in us-east-1 \(UnauthorizedOperation: You are not authorized/,
    );
    const g5 = service.getCatalog().lookup(priceKeys.ec2Spot('us-east-1', 'g5.xlarge'));
    expect(g5.ok && g5.price.usd).toBeCloseTo(0.44, 12);
    expect(g5.ok && g5.price.source.notInLatestRefresh).toBeTruthy();
    expect(report.keptSample).toContain(priceKeys.ec2Spot('us-east-1', 'g5.xlarge'));
  });

  it('server errors are retried; one that lasts fails the refresh and leaves the cache as it was', async () => {
    server = await startFakeAwsServer({ ...regionData(), spot: SPOT });
    const service = testService(server.url);
    server.faults.rejectSpot = { status: 503, type: 'Unavailable', message: 'down' };
    const report = await service.refresh({ regions: ['us-east-1'], services: ['ec2'], source: 'api' });
    expect(report).toMatchObject({ ok: false, status: 'failed' });
    // Four attempts (the test retry policy) of the first spot page.
    expect(server.requests.filter((r) => r.operation === 'DescribeSpotPriceHistory')).toHaveLength(4);
    expect(service.status().kind).not.toBe('cache');
  });

  it('with credentials found, a refresh without a source uses the API and its spot prices (AWS_ENDPOINT_URL_EC2 honoured)', async () => {
    server = await startFakeAwsServer({ ...regionData(), spot: SPOT });
    const url = server.url;
    await withEnv({ ...awsEnvFor(url), AWS_ENDPOINT_URL_EC2: url }, async () => {
      const service = testService(url, { clientFactory: defaultPriceClientFactory });
      const report = await service.refresh({ regions: ['us-east-1'], services: ['ec2'] });
      expect(report).toMatchObject({ ok: true, source: 'api' });
      const g5 = service.getCatalog().lookup(priceKeys.ec2Spot('us-east-1', 'g5.xlarge'));
      expect(g5.ok && g5.price.source.label).toBe('AWS EC2 API (DescribeSpotPriceHistory)');
    });
    expect(server.requests.some((r) => r.operation === 'DescribeSpotPriceHistory')).toBe(true);
  });
});
