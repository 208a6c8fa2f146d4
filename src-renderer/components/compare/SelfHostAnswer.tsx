import { observer } from 'mobx-react-lite';
import type { SelfHostCrossover, TrafficAt } from '@shared/domain';
import { throughputWords } from '@shared/domain';
import { useStores } from '../../stores/context';
import { formatCompact, formatNumber, formatUsd } from '../../format/money';

/** "3.4 requests/s on average (peak 10 req/s): 2.6M requests, 790M output tokens (2.1B tokens in all) a month". */
function trafficWords(t: TrafficAt): string {
  const rps = (n: number | null) => formatNumber(n, n !== null && n < 10 ? 2 : 0);
  return (
    `${rps(t.atRequestsPerSecond)} requests/s on average (peak ${rps(t.atPeakRequestsPerSecond)} req/s): ` +
    `${formatCompact(t.atRequestsPerMonth ?? 0)} requests, ${formatCompact(t.atOutputTokensPerMonth ?? 0)} output tokens ` +
    `(${formatCompact(t.atTokensPerMonth ?? 0)} tokens in all) a month`
  );
}

/** The answer for one self-hosted design, in a sentence (and a caveat when Bedrock wins again higher up). */
function answerWords(c: SelfHostCrossover): string {
  const again = c.bedrockCheaperAgainAbove
    ? ' Higher up, Bedrock is cheaper again in places, where another instance is added.'
    : '';
  return mainWords(c) + again;
}

function mainWords(c: SelfHostCrossover): string {
  if (c.outcome === 'cheaper-above' && c.atFeasibilityLimit)
    return `${c.design} is cheaper than ${c.bedrockDesign} (${formatUsd(c.atMonthlyUsd)} a month there) from ${trafficWords(c)}: the traffic from which it meets the workload; below that it does not (see why it is not feasible).`;
  if (c.outcome === 'cheaper-above')
    return `${c.design} becomes cheaper than ${c.bedrockDesign} above ${trafficWords(c)}, where both cost ${formatUsd(c.atMonthlyUsd)} a month.`;
  if (c.outcome === 'cheaper-now') {
    const below = c.bedrockCheaperBelow;
    return below && below.atFactor !== null
      ? `${c.design} is already cheaper than ${c.bedrockDesign} at this traffic; ${c.bedrockDesign} is cheaper below ${trafficWords(below)}.`
      : `${c.design} is already cheaper than ${c.bedrockDesign} at this traffic, and stays so down to 1/100 of it.`;
  }
  return `${c.design} does not become cheaper than ${c.bedrockDesign}: ${c.neverReason}.`;
}

/**
 * Compare's answer to "self-host, or pay Bedrock per token?": for each self-hosted design, the traffic
 * (requests/s and tokens a month) above which it is cheaper than the cheapest feasible Bedrock design,
 * with the throughput it rests on (measured or estimated) and, in a disclosure, what else it depends on.
 */
export const SelfHostAnswer = observer(function SelfHostAnswer() {
  const { selfHost } = useStores();
  const why = selfHost.unanswered;
  const answer = selfHost.answer;
  return (
    <section className="selfhost-answer" data-testid="selfhost-answer" aria-labelledby="selfhost-title">
      <h3 id="selfhost-title">Self-host or Bedrock?</h3>
      {why !== null || !answer ? (
        <p className="muted" data-testid="selfhost-unanswered">
          {why}
        </p>
      ) : (
        <ul className="selfhost-list">
          {answer.crossovers.map((c) => (
            <li key={c.design} data-testid="selfhost-crossover" data-outcome={c.outcome}>
              <p>{answerWords(c)}</p>
              {c.throughput ? (
                <p className="small">
                  Throughput used:{' '}
                  <span className={c.throughput.kind === 'measured' ? 'badge good' : 'badge warn'}>
                    {c.throughput.kind}
                  </span>{' '}
                  {throughputWords(c.throughput, false)}.
                  {c.throughput.kind === 'estimated' && ' Import a load test on the design for a measured answer.'}
                </p>
              ) : (
                <p className="small muted">No throughput per instance is known for this design.</p>
              )}
              <details>
                <summary>What this depends on</summary>
                <ul>
                  {c.dependsOn.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
