// The price commands of the BUILT CLI, as `npx infercalc` runs them: the embedded snapshot must be
// inside the bundle (no file to find at run time), and a refresh without credentials must fail
// fast and plainly.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PriceStatusSchema } from '@shared/api/schemas/prices';
import { repoRoot } from './support/webApp';

const cliBundle = join(repoRoot, 'out', 'main', 'cli.js');
const bin = join(repoRoot, 'src-main', 'bin', 'infercalc.cjs');

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

beforeAll(() => {
  // Rebuild when the bundle is missing or older than the code it is built from.
  const sources = Math.max(newest(join(repoRoot, 'src-main')), newest(join(repoRoot, 'src-shared')));
  let built = 0;
  try {
    built = statSync(cliBundle).mtimeMs;
  } catch {
    /* not built yet */
  }
  if (built < sources) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
});

/** The environment of a machine with no AWS configuration at all, and a fresh data folder. */
function bareEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) env[k] = v;
  const folder = mkdtempSync(join(tmpdir(), 'infercalc-e2e-prices-'));
  return {
    ...env,
    INFERCALC_DATA_DIR: join(folder, 'data'),
    AWS_CONFIG_FILE: join(folder, 'no-such-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(folder, 'no-such-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

describe('built CLI: prices', () => {
  it('prices status --json reports the embedded snapshot with as-of dates and what is missing', () => {
    const r = spawnSync(process.execPath, [bin, 'prices', 'status', '--json'], {
      env: bareEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const status = PriceStatusSchema.parse(JSON.parse(r.stdout));
    expect(status.kind).toBe('snapshot');
    expect(status.label).toMatch(/^Built-in prices, public AWS data from/);
    expect(status.prices).toBeGreaterThan(10_000);
    expect(status.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const service of ['sagemaker', 'ec2', 'lambda', 'bedrock'] as const) {
      const row = status.coverage.find((c) => c.service === service && c.region === 'us-east-1');
      expect(row, service).toMatchObject({ origin: 'snapshot', asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    }
    expect(status.missing.length).toBeGreaterThan(0);
    expect(status.missing.join(' ')).toMatch(/Savings Plans/);
  });

  it('prices refresh --source api without credentials exits 2 with a clear message, quickly', () => {
    const started = Date.now();
    const r = spawnSync(process.execPath, [bin, 'prices', 'refresh', '--region', 'us-east-1', '--source', 'api'], {
      env: bareEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    const seconds = (Date.now() - started) / 1000;
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^infercalc prices refresh: AWS credentials are missing or not accepted/m);
    expect(r.stderr).toMatch(/--profile/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    expect(seconds).toBeLessThan(20);
  });

  it('prices refresh without credentials reads the public price list; unreachable, it exits 2 saying so', () => {
    const r = spawnSync(process.execPath, [bin, 'prices', 'refresh', '--region', 'us-east-1', '--service', 'lambda'], {
      // Port 1 on the loopback refuses at once: no request leaves the machine.
      env: { ...bareEnv(), INFERCALC_PUBLIC_PRICES_URL: 'http://127.0.0.1:1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^infercalc prices refresh: AWS's public price list could not be reached .*ECONNREFUSED/m);
    expect(r.stderr).toMatch(/cached prices are unchanged/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
