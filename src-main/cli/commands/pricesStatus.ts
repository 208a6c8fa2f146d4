/** `infercalc prices status [--json]`: source, as-of per service/region, counts, staleness, what is missing. */
import { parseCommandArgs, requirePositionals } from '../args';
import { EXIT_OK, type CliCommand } from '../command';

const usage = 'infercalc prices status [--json]';

export const pricesStatusCommand: CliCommand = {
  name: 'prices status',
  summary: 'Where the prices come from, as of when, per service and region',
  usage,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage);
    requirePositionals(positionals, [], usage);
    const prices = context.backend().services.prices;
    await prices.load();
    const status = prices.status();
    if (values.json) {
      context.stdout(`${JSON.stringify(status, null, 2)}\n`);
      return EXIT_OK;
    }
    const lines = [`prices: ${status.label}`, `${status.prices} prices; oldest as of ${status.asOf}`, ''];
    for (const c of status.coverage) {
      lines.push(
        `  ${c.service.padEnd(14)} ${c.region.padEnd(15)} ${String(c.count).padStart(6)}  ${c.origin.padEnd(8)} as of ${c.asOf}${c.stale ? '  (stale)' : ''}`,
      );
    }
    if (status.missing.length) lines.push('', 'missing:', ...status.missing.map((m) => `  - ${m}`));
    if (status.warnings.length) lines.push('', ...status.warnings.map((w) => `warning: ${w}`));
    context.stdout(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
