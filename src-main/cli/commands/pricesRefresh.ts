/**
 * `infercalc prices refresh [--region R]... [--service S]... [--profile P]`: fetches from the AWS price
 * APIs. Progress goes to stderr; exit 0 ok, 1 bad input, 2 network/credential/API failure (SPEC §3.2).
 */
import { REGION_PATTERN } from '@shared/project/schema';
import { REFRESH_SERVICES, type RefreshService } from '../../prices/refreshTypes';
import { parseCommandArgs, requirePositionals } from '../args';
import { CliFailure, EXIT_BAD_INPUT, EXIT_OK, EXIT_UNAVAILABLE, type CliCommand } from '../command';

const usage = `infercalc prices refresh [--region R]... [--service ${REFRESH_SERVICES.join('|')}]... [--profile P]`;

export const pricesRefreshCommand: CliCommand = {
  name: 'prices refresh',
  summary: 'Fetch current prices from the AWS Price List and Savings Plans APIs',
  usage,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        region: { type: 'string', multiple: true },
        service: { type: 'string', multiple: true },
        profile: { type: 'string' },
      },
      usage,
    );
    requirePositionals(positionals, [], usage);
    const regions = values.region ?? [];
    for (const r of regions) {
      if (!REGION_PATTERN.test(r))
        throw new CliFailure(EXIT_BAD_INPUT, `--region "${r}" is not an AWS region code such as us-east-1`);
    }
    const services = (values.service ?? []) as RefreshService[];
    for (const s of services) {
      if (!REFRESH_SERVICES.includes(s))
        throw new CliFailure(EXIT_BAD_INPUT, `--service "${s}" is not one of ${REFRESH_SERVICES.join(', ')}`);
    }
    const prices = context.backend().services.prices;
    const controller = new AbortController();
    // Ctrl-C cancels cleanly: the cache stays as it was.
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    try {
      const report = await prices.refresh({
        ...(regions.length ? { regions } : {}),
        ...(services.length ? { services } : {}),
        ...(values.profile ? { profile: values.profile } : {}),
        signal: controller.signal,
        onProgress: (p) => context.stderr(`  ${p.step}: ${p.pages} pages, ${p.products} products\n`),
      });
      if (!report.ok) throw new CliFailure(EXIT_UNAVAILABLE, report.error ?? 'price refresh failed');
      context.stderr(
        `refreshed ${report.services.join(', ')} in ${report.regions.join(', ')}: ${report.prices} prices from ${report.requests} requests` +
          (report.skippedCount ? `; ${report.skippedCount} entries of unknown shape skipped` : '') +
          (report.keptFromBefore
            ? `; ${report.keptFromBefore} earlier prices not in this refresh kept with their own dates (see prices status)`
            : '') +
          '\n',
      );
      return EXIT_OK;
    } finally {
      process.off('SIGINT', onSigint);
    }
  },
};
