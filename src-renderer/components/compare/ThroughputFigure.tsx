import { throughputSourceWords, type ThroughputSummary } from '@shared/domain';
import { formatUnitCost } from '../../format/money';

function n(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: x >= 100 ? 0 : 3 });
}

/**
 * One instance's throughput with where it comes from, shown beside the figure: "measured" with the
 * design's own source, or "estimated" with the rule (a figure without a source is an estimate).
 */
export function ThroughputFigure({ throughput: t }: { throughput: ThroughputSummary }) {
  return (
    <div data-testid="throughput-figure">
      <div>
        {n(t.requestsPerSecond)} req/s
        {t.outputTokensPerSecond !== null && <>, {n(t.outputTokensPerSecond)} output tokens/s</>}{' '}
        <span className={t.kind === 'measured' ? 'badge good' : 'badge warn'} data-testid="throughput-kind">
          {t.kind}
        </span>
      </div>
      <div className="muted small" title={t.basis}>
        {throughputSourceWords(t.source)}
      </div>
      {t.costPer1MOutputTokensAtFullLoadUsd !== null && (
        <div className="muted small">
          at full load: {formatUnitCost(t.costPer1MOutputTokensAtFullLoadUsd)} per 1M output tokens (on-demand)
        </div>
      )}
    </div>
  );
}
