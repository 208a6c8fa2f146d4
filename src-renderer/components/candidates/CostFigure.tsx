import { type DesignEstimate, costUnavailableReason } from '@shared/domain';
import { PlainText } from '../common/PlainText';

/**
 * A design's cost as text ("$218.08 a month"), or "—" with the reason when the cost is unavailable
 * (a missing price, or a design that could not be priced because an input is missing): never a
 * misleading $0.00. A total that uses rates derived by a stated rule says so, the rules in its tooltip.
 */
export function CostFigure({
  estimate,
  children,
  testId,
  reasonsShownBelow,
}: {
  estimate: DesignEstimate;
  /** The figure, shown when the cost is available. */
  children: React.ReactNode;
  testId?: string;
  /** Reasons the card already shows next to their own input: the figure then points there instead. */
  reasonsShownBelow?: readonly string[];
}) {
  const reason = costUnavailableReason(estimate);
  if (reason === null)
    return (
      <>
        <span data-testid={testId}>{children}</span>
        {estimate.includesDerivedRates && (
          <span className="muted small" data-testid="derived-rates" title={derivedRules(estimate)}>
            {' '}
            includes derived rates
          </span>
        )}
      </>
    );
  const shown = reasonsShownBelow?.includes(reason) ? 'price unavailable: see the missing price below' : reason;
  return (
    <span className="cost-unavailable" data-testid={testId} data-unavailable="true">
      <span aria-label="cost unavailable">—</span>{' '}
      <span className="muted small">
        <PlainText message={shown} />
      </span>
    </span>
  );
}

/** The rules of the derived rates a total uses, one per line, for the marker's tooltip. */
function derivedRules(e: DesignEstimate): string {
  const rules = new Set<string>();
  for (const l of e.lineItems)
    if (l.quantity > 0 && l.priceKey !== null && l.priceSource?.origin === 'derived')
      rules.add(`${l.label}: ${l.priceSource.rule ?? 'derived by rule'}`);
  return [...rules].join('\n');
}
