/** Test wiring: real SDK clients pointed at the fake server, a temp data folder, fast limits. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EC2Client } from '@aws-sdk/client-ec2';
import { PricingClient } from '@aws-sdk/client-pricing';
import { SavingsplansClient } from '@aws-sdk/client-savingsplans';
import type { PriceClientFactory } from '../../../src-main/prices/fetch/clients';
import { PriceService, type PriceServiceDeps } from '../../../src-main/prices/PriceService';
import { bedrockRegion, ec2Region, lambdaRegion, offeringRate, sageMakerRegion } from './fixtures';
import type { FakeData } from './fakeAwsServer';

/** Static fake credentials: tests never reach for a real credential chain. */
export const FAKE_CREDENTIALS = { accessKeyId: 'AKIDFAKEFAKEFAKE', secretAccessKey: 'fake-secret' };

/** A factory of real clients that talk to `url`. */
export function fakeClientFactory(url: string): PriceClientFactory {
  const common = { region: 'us-east-1', endpoint: url, credentials: FAKE_CREDENTIALS, maxAttempts: 1 };
  return () => ({
    pricing: new PricingClient(common),
    savingsPlans: new SavingsplansClient(common),
    ec2: (region) => new EC2Client({ ...common, region }),
  });
}

/** A fresh temp data folder. */
export function tempDataFolder(): string {
  return mkdtempSync(join(tmpdir(), 'infercalc-prices-'));
}

/** Fake data for one region, every service; `ec2Types` widens EC2 to force several pages. */
export function regionData(region = 'us-east-1', ec2Types = 1): FakeData {
  const types: Array<[string, string]> = Array.from({ length: ec2Types }, (_, i) => [
    i === 0 ? 'g5.xlarge' : `m9.x${i}large`,
    '1.0060000000',
  ]);
  return {
    products: {
      AmazonSageMaker: sageMakerRegion(region),
      AmazonEC2: ec2Region(region, types),
      AWSLambda: lambdaRegion(region),
      AmazonBedrock: bedrockRegion(region),
    },
    rates: [
      offeringRate('SageMaker', region, 'USE1-Host:ml.c5.xlarge', '0.1387'),
      offeringRate('Compute', region, 'BoxUsage:g5.xlarge', '0.8100', {
        props: { productDescription: 'Linux/UNIX', tenancy: 'shared' },
      }),
      offeringRate('EC2Instance', region, 'BoxUsage:g5.xlarge', '0.7000', {
        props: { productDescription: 'Linux/UNIX', tenancy: 'shared' },
      }),
    ],
  };
}

/** A price service on a temp folder with fast limits and retries. */
export function testService(url: string, extra: Partial<PriceServiceDeps> = {}): PriceService {
  return new PriceService({
    dataFolder: tempDataFolder(),
    clientFactory: fakeClientFactory(url),
    rateLimit: { burst: 1000, perSecond: 100_000 },
    retry: { attempts: 4, baseDelayMs: 1 },
    now: () => new Date('2026-11-27T10:00:00Z'),
    ...extra,
  });
}

/** A price service reading the public price list at `url` (fast retries, short timeouts, fixed clock). */
export function publicTestService(url: string, extra: Partial<PriceServiceDeps> = {}): PriceService {
  return testService(url, {
    env: { INFERCALC_PUBLIC_PRICES_URL: url, INFERCALC_PUBLIC_SPOT_URL: `${url}/spot.json` },
    timeouts: { connectMs: 2_000, idleMs: 2_000 },
    ...extra,
  });
}

/** Runs `fn` with some environment variables set, then puts them back as they were. */
export async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** The default SDK clients' endpoint overrides and static keys, pointed at `url`. */
export function awsEnvFor(url: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_PRICING: url,
    AWS_ENDPOINT_URL_SAVINGSPLANS: url,
    AWS_ENDPOINT_URL_EC2: url,
    AWS_ACCESS_KEY_ID: FAKE_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: 'fake',
  };
}
