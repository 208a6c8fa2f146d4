/**
 * `infercalc prices refresh [--region R]... [--service S]... [--profile P] [--source api|public]`:
 * fetches from the AWS price APIs (with credentials) or AWS's public price list files (without).
 * Progress goes to stderr; exit 0 ok, 1 bad input, 2 network/credential/API failure.
 */
import { REGION_PATTERN } from '@shared/project/schema';
import {
  REFRESH_SERVICES,
  type RefreshProgress,
  type RefreshReport,
  type RefreshService,
  type RefreshSource,
} from '../../prices/refreshTypes';
import { parseCommandArgs, requirePositionals } from '../args';
import { InferCalcError, type ErrorKind } from '@shared/errors';
import { EXIT_OK, type CliCommand } from '../command';

const usage = `infercalc prices refresh [--region R]... [--service ${REFRESH_SERVICES.join('|')}]... [--profile P] [--source api|public]`;
const SOURCES: ReadonlyArray<RefreshSource> = ['api', 'public'];

const mb = (bytes: number) => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(0)} kB` : `${(bytes / 1e6).toFixed(1)} MB`);

/** The domain error kind of a failed refresh (the CLI maps kinds to exit codes once, in exitCodes.ts). */
function failureKind(report: RefreshReport): ErrorKind {
  if (report.status === 'cancelled') return 'cancelled';
  return report.errorKind === 'credentials' || report.errorKind === 'network' ? 'network' : 'prices-unavailable';
}

/** One progress line: pages for the API, bytes of the file being read for the public price list. */
function progressLine(p: RefreshProgress): string {
  if (p.bytes === undefined) return `  ${p.step}: ${p.pages} pages, ${p.products} products\n`;
  const of = p.totalBytes ? ` of ${mb(p.totalBytes)} (${Math.floor((p.bytes / p.totalBytes) * 100)}%)` : '';
  return `  ${p.step}: ${mb(p.bytes)}${of}\n`;
}

export const pricesRefreshCommand: CliCommand = {
  name: 'prices refresh',
  summary: "Fetch current prices from the AWS price APIs, or from AWS's public price list without credentials",
  usage,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        region: { type: 'string', multiple: true },
        service: { type: 'string', multiple: true },
        profile: { type: 'string' },
        source: { type: 'string' },
      },
      usage,
    );
    requirePositionals(positionals, [], usage);
    const regions = values.region ?? [];
    for (const r of regions) {
      if (!REGION_PATTERN.test(r))
        throw new InferCalcError('invalid-input', `--region "${r}" is not an AWS region code such as us-east-1`);
    }
    const services = (values.service ?? []) as RefreshService[];
    for (const s of services) {
      if (!REFRESH_SERVICES.includes(s))
        throw new InferCalcError('invalid-input', `--service "${s}" is not one of ${REFRESH_SERVICES.join(', ')}`);
    }
    const source = values.source as RefreshSource | undefined;
    if (source !== undefined && !SOURCES.includes(source))
      throw new InferCalcError('invalid-input', `--source "${source}" is not one of ${SOURCES.join(', ')}`);
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
        ...(source ? { source } : {}),
        signal: controller.signal,
        onProgress: (p) => context.stderr(progressLine(p)),
      });
      if (!report.ok) throw new InferCalcError(failureKind(report), report.error ?? 'price refresh failed');
      context.stderr(
        `refreshed ${report.services.join(', ')} in ${report.regions.join(', ')} from ${report.source === 'api' ? 'the AWS price APIs' : "AWS's public price list"}: ${report.prices} prices from ${report.requests} requests` +
          (report.bytes !== undefined ? ` (${mb(report.bytes)})` : '') +
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
