/**
 * `infercalc prices status` and `infercalc prices refresh` through the CLI runner, with the back end
 * the CLI composes (default SDK clients, default limiter) on a temp data folder, pointed at the fake
 * AWS server by the SDK's standard endpoint variables.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src-main/runtime/logger';
import type { CliContext } from '../../../src-main/cli/command';
import { commands } from '../../../src-main/cli/commands';
import { runCli } from '../../../src-main/cli/run';
import { composeBackend, type Backend } from '../../../src-main/composition/composeBackend';
import { PriceStatusSchema } from '@shared/api/schemas/prices';
import { startFakeAwsServer, type FakeAwsServer } from './fakeAwsServer';
import { FAKE_CREDENTIALS, regionData, tempDataFolder } from './helpers';

const AWS_VARS = [
  'AWS_ENDPOINT_URL_PRICING',
  'AWS_ENDPOINT_URL_SAVINGSPLANS',
  'AWS_ENDPOINT_URL_EC2',
  'AWS_ENDPOINT_URL',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
];
let saved: Record<string, string | undefined> = {};
let server: FakeAwsServer | undefined;
let folder: string;

beforeEach(() => {
  saved = Object.fromEntries(AWS_VARS.map((k) => [k, process.env[k]]));
  for (const k of AWS_VARS) delete process.env[k];
  folder = tempDataFolder();
  // Never the machine's own AWS files: the tests decide every credential.
  process.env['AWS_CONFIG_FILE'] = join(folder, 'no-such-config');
  process.env['AWS_SHARED_CREDENTIALS_FILE'] = join(folder, 'no-such-credentials');
});
afterEach(async () => {
  for (const k of AWS_VARS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await server?.close();
  server = undefined;
});

async function withFakeAws(faults: Parameters<typeof startFakeAwsServer>[1] = {}, credentials = true) {
  server = await startFakeAwsServer(regionData(), faults);
  process.env['AWS_ENDPOINT_URL_PRICING'] = server.url;
  process.env['AWS_ENDPOINT_URL_SAVINGSPLANS'] = server.url;
  process.env['AWS_ENDPOINT_URL_EC2'] = server.url;
  if (credentials) {
    process.env['AWS_ACCESS_KEY_ID'] = FAKE_CREDENTIALS.accessKeyId;
    process.env['AWS_SECRET_ACCESS_KEY'] = FAKE_CREDENTIALS.secretAccessKey;
  }
  return server;
}

/** Runs the CLI once; one back end per context, as `npx infercalc` builds it. */
async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let backend: Backend | undefined;
  const context: CliContext = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: process.env,
    cwd: folder,
    backend: () =>
      (backend ??= composeBackend({ mode: 'cli', logger: silentLogger, dataFolder: folder, env: process.env })),
  };
  const code = await runCli(argv, commands, context);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('infercalc prices status', () => {
  it('--json prints one JSON document with the documented fields: the embedded snapshot on a fresh folder', async () => {
    const r = await cli(['prices', 'status', '--json']);
    expect(r.code).toBe(0);
    const status = PriceStatusSchema.parse(JSON.parse(r.stdout));
    expect(status.kind).toBe('snapshot');
    expect(status.prices).toBeGreaterThan(1000);
    expect(status.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const hosting = status.coverage.find((c) => c.service === 'sagemaker' && c.region === 'us-east-1');
    expect(hosting).toMatchObject({ origin: 'snapshot', asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(hosting!.count).toBeGreaterThan(0);
    expect(typeof hosting!.stale).toBe('boolean');
    expect(status.missing.join(' ')).toMatch(/Savings Plans/);
    expect(r.stderr).toBe('');
  });

  it('prints a readable table without --json', async () => {
    const r = await cli(['prices', 'status']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^prices: Built-in prices, public AWS data from \d{4}-\d{2}-\d{2}/);
    expect(r.stdout).toMatch(/\nderived rates \(not in the data for that region or size/);
    expect(r.stdout).toMatch(/\n {2}ec2 +eu-west-1 +\d+ {2}e\.g\. spot estimate, not a price/);
    expect(r.stdout).toMatch(/run `infercalc prices refresh` for current prices/);
    expect(r.stdout).toMatch(/sagemaker\s+us-east-1\s+\d+\s+snapshot\s+as of \d{4}-\d{2}-\d{2}/);
    expect(r.stdout).toMatch(/missing:\n {2}- /);
  });

  it('rejects a stray argument with exit 1', async () => {
    const r = await cli(['prices', 'status', 'extra']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/infercalc prices status: /);
  });
});

describe('infercalc prices refresh', () => {
  it('fetches, prints progress on stderr, exits 0; status then reports the cache', async () => {
    const aws = await withFakeAws();
    const r = await cli([
      'prices',
      'refresh',
      '--region',
      'us-east-1',
      '--service',
      'lambda',
      '--service',
      'savings-plans',
    ]);
    expect(r.stderr).toMatch(/lambda us-east-1 .*: \d+ pages, \d+ products/);
    expect(r.stderr).toMatch(
      /refreshed lambda, savings-plans in us-east-1 from the AWS price APIs: \d+ prices from \d+ requests/,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(aws.requests.length).toBeGreaterThan(0);

    const status = PriceStatusSchema.parse(JSON.parse((await cli(['prices', 'status', '--json'])).stdout));
    expect(status.kind).toBe('cache');
    expect(status.coverage.find((c) => c.service === 'lambda' && c.region === 'us-east-1')).toMatchObject({
      origin: 'api',
      stale: false,
      ageDays: 0,
    });
    expect(status.coverage.find((c) => c.service === 'lambda' && c.region === 'eu-west-1')?.origin).toBe('snapshot');
  });

  it('uses a named profile from the shared config files with --profile', async () => {
    await withFakeAws({}, false);
    writeFileSync(
      process.env['AWS_SHARED_CREDENTIALS_FILE']!,
      `[pricing]\naws_access_key_id = ${FAKE_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${FAKE_CREDENTIALS.secretAccessKey}\n`,
    );
    const ok = await cli(['prices', 'refresh', '--region', 'us-east-1', '--service', 'lambda', '--profile', 'pricing']);
    expect(ok.code).toBe(0);
    const missing = await cli([
      'prices',
      'refresh',
      '--region',
      'us-east-1',
      '--service',
      'lambda',
      '--profile',
      'nobody',
      '--source',
      'api',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/credentials/i);
    noStack(missing.stderr);
  });

  it('exits 2 with a clear message when no credentials are found, and sends no request', async () => {
    const aws = await withFakeAws({}, false);
    const r = await cli(['prices', 'refresh', '--region', 'us-east-1', '--service', 'lambda', '--source', 'api']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^infercalc prices refresh: AWS credentials are missing or not accepted .*--profile.*cached prices are unchanged/m,
    );
    noStack(r.stderr);
    expect(aws.requests).toHaveLength(0);
  });

  it('exits 2 when the server refuses the credentials', async () => {
    await withFakeAws({
      reject: {
        status: 403,
        type: 'AccessDeniedException',
        message: 'User is not authorized to perform pricing:GetProducts',
      },
    });
    const r = await cli(['prices', 'refresh', '--region', 'us-east-1', '--service', 'lambda']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/credentials are missing or not accepted \(User is not authorized/);
    noStack(r.stderr);
  });

  it('exits 2 when the price API answers with an error, and the cache stays as it was', async () => {
    await withFakeAws({ reject: { status: 400, type: 'InvalidParameterException', message: 'bad filter' } });
    const r = await cli(['prices', 'refresh', '--region', 'us-east-1', '--service', 'ec2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /the AWS price API answered with an error: InvalidParameterException: bad filter; cached prices are unchanged/,
    );
    noStack(r.stderr);
    const status = PriceStatusSchema.parse(JSON.parse((await cli(['prices', 'status', '--json'])).stdout));
    expect(status.kind).toBe('snapshot');
  });

  it('exits 2 when the endpoint cannot be reached', async () => {
    const aws = await withFakeAws();
    await aws.close();
    server = undefined;
    const r = await cli(['prices', 'refresh', '--region', 'us-east-1', '--service', 'lambda']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could not be reached/);
    noStack(r.stderr);
  });

  it.each([
    [['--service', 'nope'], /--service "nope" is not one of sagemaker, ec2, lambda, bedrock, savings-plans/],
    [['--region', 'xx'], /--region "xx" is not an AWS region code/],
    [['--bogus'], /bogus/],
    [['--region'], /region/],
  ])('exits 1 naming the problem for %j, before any request', async (args, message) => {
    const aws = await withFakeAws();
    const r = await cli(['prices', 'refresh', ...args]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
    expect(aws.requests).toHaveLength(0);
  });
});
