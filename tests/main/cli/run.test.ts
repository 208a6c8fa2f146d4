import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../src-main/runtime/version';
import { parseCommandArgs } from '../../../src-main/cli/args';
import { CliFailure, EXIT_UNAVAILABLE, type CliCommand } from '../../../src-main/cli/command';
import { findCommand, runCli } from '../../../src-main/cli/run';
import { cliContext } from './cliContext';

const context = () => cliContext('/', '/d');

const echo: CliCommand = {
  name: 'prices status',
  summary: 'Say where prices come from.',
  usage: 'infercalc prices status [--json]',
  async run(args, ctx) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' } }, this.usage);
    ctx.stdout(values.json ? '{}\n' : 'text\n');
    return 0;
  },
};
const failing: CliCommand = {
  name: 'prices',
  summary: 'fails',
  usage: 'infercalc prices',
  run: async () => {
    throw new CliFailure(EXIT_UNAVAILABLE, 'no network');
  },
};

describe('CLI runner', () => {
  it('prints the version', async () => {
    const c = context();
    expect(await runCli(['--version'], [], c.ctx)).toBe(0);
    expect(c.out()).toBe(`${APP_VERSION}\n`);
  });

  it('prints help listing the commands', async () => {
    const c = context();
    expect(await runCli(['--help'], [echo], c.ctx)).toBe(0);
    expect(c.out()).toContain('prices status');
    expect(c.out()).toContain('Exit codes');
  });

  it('picks the longest matching command name', () => {
    expect(findCommand([failing, echo], ['prices', 'status', '--json'])).toEqual({ command: echo, rest: ['--json'] });
    expect(findCommand([failing, echo], ['prices'])?.command).toBe(failing);
    expect(findCommand([echo], ['estimate'])).toBeNull();
  });

  it('reports unknown commands and options with exit code 1', async () => {
    const c = context();
    expect(await runCli(['frobnicate'], [echo], c.ctx)).toBe(1);
    expect(c.err()).toContain('unknown command "frobnicate"');
    const d = context();
    expect(await runCli(['prices', 'status', '--jsn'], [echo], d.ctx)).toBe(1);
    expect(d.err()).toContain("'--jsn'");
    expect(d.err()).toContain('usage: infercalc prices status');
  });

  it('turns an expected failure into its exit code and one message, no stack trace', async () => {
    const c = context();
    expect(await runCli(['prices'], [failing, echo], c.ctx)).toBe(2);
    expect(c.err()).toBe('infercalc prices: no network\n');
  });
});
