/** `infercalc prices status [--json]`: source, as-of per service/region, counts, staleness, what is missing. */
import { parseCommandArgs, requirePositionals } from '../args';
import { EXIT_OK, type CliCommand } from '../command';
import { asOfDate } from '@shared/prices/freshness';

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
    const lines = [
      `prices: ${status.label}`,
      `${status.prices} prices; oldest as of ${status.asOf}`,
      ...(status.refreshSuggested ? ['run `infercalc prices refresh` for current prices'] : []),
      '',
    ];
    for (const c of status.coverage) {
      // One as-of rule everywhere: the fetch day for fetched prices, the source's date otherwise.
      const asOf = asOfDate(c);
      lines.push(
        `  ${c.service.padEnd(14)} ${c.region.padEnd(15)} ${String(c.count).padStart(6)}  ${c.origin.padEnd(8)} as of ${asOf}${c.stale ? '  (stale)' : ''}`,
      );
    }
    if (status.derived.length) {
      lines.push('', 'derived rates (not in the data for that region or size; --json lists every rule):');
      for (const g of status.derived) {
        const [first] = [...g.rules].sort((a, b) => b.count - a.count);
        const more = g.rules.length > 1 ? ` (+${g.rules.length - 1} more rules)` : '';
        lines.push(
          `  ${g.service.padEnd(14)} ${g.region.padEnd(15)} ${String(g.count).padStart(6)}  e.g. ${first!.rule}${more}`,
        );
      }
    }
    if (status.notInLatestRefreshCount > 0) {
      lines.push(
        '',
        `not in the latest refresh (${status.notInLatestRefreshCount}; previous price kept with its own date):`,
      );
      for (const k of status.notInLatestRefresh)
        lines.push(`  ${k.key}  $${k.usd}/${k.unit}  as of ${k.asOf} (refresh ${k.refreshedAt.slice(0, 10)})`);
      if (status.notInLatestRefreshCount > status.notInLatestRefresh.length)
        lines.push(`  … and ${status.notInLatestRefreshCount - status.notInLatestRefresh.length} more`);
    }
    if (status.missing.length) lines.push('', 'missing:', ...status.missing.map((m) => `  - ${m}`));
    if (status.warnings.length) lines.push('', ...status.warnings.map((w) => `warning: ${w}`));
    context.stdout(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
