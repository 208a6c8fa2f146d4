import type { DesignEstimate } from '@shared/domain/results';
import { costUnavailableReason } from '@shared/domain/analysis/shownCost';

/**
 * A design's cost as text ("$218.08 a month"), or "—" with the reason when the cost is unavailable
 * (a missing price, or a design that could not be priced because an input is missing): never a
 * misleading $0.00.
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
  if (reason === null) return <span data-testid={testId}>{children}</span>;
  const shown = reasonsShownBelow?.includes(reason) ? 'price unavailable: see the missing price below' : reason;
  return (
    <span className="cost-unavailable" data-testid={testId} data-unavailable="true">
      <span aria-label="cost unavailable">—</span> <span className="muted small">{shown}</span>
    </span>
  );
}
