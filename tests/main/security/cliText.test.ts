// Issue 10, failures 3 (the last part) and 9: `estimate` printed a 29 kB stderr line for a large
// project, and names with ESC/BEL/CR were printed raw (a cleared screen, forged lines). Also the
// stated maximum of designs per project, refused with a clear message.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEstimateCommand } from '../../../src-main/cli/commands/estimate';
import { createRecommendCommand } from '../../../src-main/cli/commands/recommend';
import { runCli } from '../../../src-main/cli/run';
import { escapeControls } from '../../../src-main/cli/safeText';
import { catalogData, design, project, workload } from '../../shared/domain/fixtures';
import { cliContext } from '../cli/cliContext';
import { tempFolder } from '../projects/helpers';

const handMade = async () => catalogData();
const estimate = [createEstimateCommand(handMade)];
const recommend = [createRecommendCommand(handMade)];

function run(commands: typeof estimate, content: unknown, argv: string[] = []) {
  const dir = tempFolder('infercalc-cli-text-');
  writeFileSync(join(dir, 'p.json'), JSON.stringify(content));
  const c = cliContext(dir);
  return runCli([commands[0]!.name, 'p.json', ...argv], commands, c.ctx).then((code) => ({ code, ...c }));
}

const realtime = (name: string) =>
  design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 }, { type: 'on-demand' }, name);
const unpriced = (name: string) =>
  design(
    { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 },
    { type: 'sagemaker-savings-plan', termYears: 1, payment: 'no-upfront' },
    name,
  );

// Characters that act on a terminal instead of showing.
// eslint-disable-next-line no-control-regex -- the very characters under test
const TERMINAL_CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('CLI text output', () => {
  it('escapes control characters in project and design names (estimate and recommend)', async () => {
    const hostile = project(workload(), [realtime('Evil\u001b[2J\u0007\rForged: $0.00/month\u202e')]);
    hostile.name = 'Project\u001b]0;owned\u0007';
    for (const commands of [estimate, recommend]) {
      const c = await run(commands, hostile);
      expect(c.code).toBe(0);
      const lines = c.out().split('\n');
      for (const line of lines) expect(line).not.toMatch(TERMINAL_CONTROLS);
      expect(c.out()).toContain('Project\\x1B]0;owned\\x07');
    }
    const c = await run(estimate, hostile);
    expect(c.out()).toContain('Evil\\x1B[2J\\x07\\x0DForged: $0.00/month\\u202E (us-east-1');
    expect(escapeControls('tab\there')).toBe('tab\\x09here');
  });

  it('summarises the designs whose prices are missing in one short line, however many there are', async () => {
    const many = project(
      workload(),
      Array.from({ length: 200 }, (_, i) => unpriced(`Savings plan design number ${i + 1}`)),
    );
    const c = await run(estimate, many);
    expect(c.code).toBe(2);
    const line = c.err().trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line.length).toBeLessThan(400);
    expect(line).toMatch(/prices unavailable for 200 designs: "Savings plan design number 1", .* and 195 more/);
  });

  it('refuses a project over the stated maximum of 200 designs with a clear message', async () => {
    const tooMany = project(
      workload(),
      Array.from({ length: 201 }, (_, i) => realtime(`D${i}`)),
    );
    const c = await run(estimate, tooMany);
    expect(c.code).toBe(1);
    expect(c.err()).toMatch(/designs: at most 200 designs per project/);
    expect(c.err().length).toBeLessThan(400);
    const atMost = project(
      workload(),
      Array.from({ length: 200 }, (_, i) => realtime(`D${i}`)),
    );
    expect((await run(estimate, atMost, ['--json'])).code).toBe(0);
  });
});
