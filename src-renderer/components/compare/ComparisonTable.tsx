import { observer } from 'mobx-react-lite';
import { type DesignEstimate, shownCosts } from '@shared/domain';
import { useStores } from '../../stores/context';
import { HOSTING_LABELS, PURCHASE_LABELS } from '../../stores/designFields';
import { formatDurationMs } from '../../format/duration';
import { batchRunWords } from '../../format/batchRun';
import { formatPercent, formatUnitCost, formatUsd } from '../../format/money';
import { CostFigure } from '../candidates/CostFigure';
import { Reasons } from '../candidates/Reasons';
import { PlainText } from '../common/PlainText';
import { ThroughputFigure } from './ThroughputFigure';
import { useDesignColours } from './useDesignColours';

type Cell = (e: DesignEstimate) => React.ReactNode;

const ROWS: Array<{ label: string; cell: Cell; testId?: string; raw?: (e: DesignEstimate) => number | null }> = [
  {
    label: 'Monthly',
    cell: (e) => <CostFigure estimate={e}>{formatUsd(e.monthlyUsd)}</CostFigure>,
    testId: 'cmp-monthly',
    raw: (e) => shownCosts(e).monthlyUsd,
  },
  {
    label: 'Yearly',
    cell: (e) => formatUsd(shownCosts(e).yearlyUsd),
    testId: 'cmp-yearly',
    raw: (e) => shownCosts(e).yearlyUsd,
  },
  { label: 'Per 1,000 requests', cell: (e) => formatUnitCost(shownCosts(e).costPer1kRequestsUsd) },
  {
    label: 'Per 1M output tokens',
    cell: (e) =>
      e.outputTokensPerMonth === null ? (
        <span className="muted">no output tokens in the workload</span>
      ) : (
        formatUnitCost(shownCosts(e).costPer1MOutputTokensUsd)
      ),
    testId: 'cmp-per-1m-tokens',
    raw: (e) => shownCosts(e).costPer1MOutputTokensUsd,
  },
  {
    label: 'Throughput per instance',
    cell: (e) => (e.throughput ? <ThroughputFigure throughput={e.throughput} /> : <span className="muted">—</span>),
    testId: 'cmp-throughput',
  },
  { label: 'Upfront cash', cell: (e) => formatUsd(shownCosts(e).upfrontUsd) },
  {
    label: 'Typical latency',
    cell: (e) => (e.latency.typicalMs === null ? 'unknown' : formatDurationMs(e.latency.typicalMs)),
    testId: 'cmp-latency',
  },
  {
    label: 'Cold-start exposure',
    cell: (e) => (e.latency.coldStartShare > 0 ? `${formatPercent(e.latency.coldStartShare, 2)} of requests` : 'none'),
  },
  {
    label: 'Batch run',
    cell: (e) => batchRunWords(e) ?? <span className="muted">not a batch job</span>,
    testId: 'cmp-batch-run',
  },
  { label: 'Region (prices)', cell: (e) => e.region },
  { label: 'Feasible', cell: (e) => (e.feasible ? <span className="ok">yes</span> : <Reasons whyNot={e.reasons} />) },
];

/**
 * Designs side by side: totals, per-request cost, latency, feasibility and warnings. The row labels
 * and the design names stay in view while the table scrolls (inside its own box, never the page),
 * and the cheapest feasible design comes first and stays pinned beside the labels, so it is always
 * visible however many designs there are. Line items are grouped per design below the table.
 */
export const ComparisonTable = observer(function ComparisonTable() {
  const { comparison } = useStores();
  const colourOf = useDesignColours();
  const cheapest = comparison.cheapestFeasibleId;
  const rows = [...comparison.rows].sort((a, b) => Number(b.id === cheapest) - Number(a.id === cheapest));
  const pinned = (id: number) => (id === cheapest ? 'cheapest pinned' : undefined);
  return (
    <div
      className="table-scroll"
      data-testid="comparison-scroll"
      // Scrollable content must be reachable by keyboard: the box itself takes focus.
      tabIndex={0}
      role="region"
      aria-label={`Designs side by side (${rows.length})`}
    >
      <table className="comparison" data-testid="comparison-table">
        <caption className="sr-only">Designs side by side</caption>
        <thead>
          <tr>
            <th scope="col" className="row-label">
              Design
            </th>
            {rows.map((r) => (
              <th key={r.id} scope="col" className={pinned(r.id)} data-testid="cmp-design">
                <span className="cmp-name">
                  <span className="design-swatch" style={{ background: colourOf(r.id) }} aria-hidden="true" />
                  {r.design.name}
                </span>
                <div className="muted small">
                  {HOSTING_LABELS[r.design.hosting.type]} · {PURCHASE_LABELS[r.design.purchase.type]}
                </div>
                {r.id === cheapest && (
                  <span className="badge good" data-testid="cheapest-badge">
                    Cheapest feasible
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row" className="row-label">
                {row.label}
              </th>
              {rows.map((r) => (
                <td
                  key={r.id}
                  className={pinned(r.id)}
                  data-testid={row.testId}
                  // The exact figure, for tests and copy-paste; the cell shows it rounded.
                  data-usd={row.raw && r.estimate ? String(row.raw(r.estimate)) : undefined}
                >
                  {r.estimate ? row.cell(r.estimate) : '…'}
                </td>
              ))}
            </tr>
          ))}
          <tr className="warnings-row">
            <th scope="row" className="row-label">
              Warnings
            </th>
            {rows.map((r) => (
              <td key={r.id} className={`small ${pinned(r.id) ?? ''}`}>
                {r.estimate?.warnings.length ? (
                  <ul className="warnings">
                    {r.estimate.warnings.map((w) => (
                      <li key={w}>
                        <PlainText message={w} detail={r.estimate!.warningDetails?.[w]} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  'none'
                )}
              </td>
            ))}
          </tr>
          <tr className="line-items-row">
            <th scope="row" className="row-label">
              Line items
            </th>
            {rows.map((r) => (
              <td key={r.id} className={pinned(r.id)}>
                {r.estimate && (
                  <a href={`#line-items-${r.id}`} className="small">
                    {r.estimate.lineItems.length} items, below
                  </a>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
});
