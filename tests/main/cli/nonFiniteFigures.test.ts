// Issue 10, item 7 at the borders: an estimate whose figures overflow is invalid input, not an
// unexpected failure. The CLI exits 1 with the named message (it used to exit 70 "unexpected
// failure"), the API answers 'bad-request', and an export on the worker thread keeps the kind.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceKeys } from '@shared/prices/keys';
import { envelopeCodeOf } from '../../../src-main/api/errorCodes';
import { EXIT_BAD_INPUT } from '../../../src-main/cli/command';
import { createEstimateCommand } from '../../../src-main/cli/commands/estimate';
import { exitCodeOf } from '../../../src-main/cli/exitCodes';
import { runCli } from '../../../src-main/cli/run';
import { BackgroundWork } from '../../../src-main/work/backgroundWork';
import { catalogData, design, entry, project, workload } from '../../shared/domain/fixtures';
import { cliContext } from './cliContext';

const dir = mkdtempSync(join(tmpdir(), 'infercalc-cli-finite-'));

/** A price far beyond any real one: 1e306 $/h × 730 h × 200 instances overflows to Infinity. */
const overflowing = catalogData([
  entry(priceKeys.sageMakerInstance('us-east-1', 'Hosting', 'ml.c5.xlarge'), 1e306, 'hour'),
]);
const fleet = project(workload(), [
  design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 200 }, undefined, 'Huge fleet'),
]);
const NAMED = /the estimate of "Huge fleet" came out with a figure that is not a finite number/;

describe('a figure that is not finite', () => {
  it('makes `estimate` exit 1 with its named message, printing no figure', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, JSON.stringify(fleet));
    for (const json of [false, true]) {
      const c = cliContext(dir);
      const args = ['estimate', path, ...(json ? ['--json'] : [])];
      const code = await runCli(args, [createEstimateCommand(async () => overflowing)], c.ctx);
      expect(code).toBe(EXIT_BAD_INPUT);
      expect(c.err()).toMatch(new RegExp(`^infercalc estimate: ${NAMED.source}`));
      expect(c.err()).not.toMatch(/unexpected|Infinity|NaN|\n {4}at /);
      expect(c.out()).toBe('');
    }
  });

  it('is bad input to the API and the CLI when the export on the worker thread meets it', async () => {
    const error = await new BackgroundWork()
      .run({ kind: 'export', project: fleet, catalogData: overflowing, now: new Date().toISOString(), appVersion: '1' })
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(NAMED);
    expect(envelopeCodeOf(error)).toBe('bad-request');
    expect(exitCodeOf(error)).toBe(EXIT_BAD_INPUT);
  });
});
