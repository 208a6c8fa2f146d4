import { observer } from 'mobx-react-lite';
import type { DesignEstimate } from '@shared/domain/results';
import { useStores } from '../../stores/context';
import { HOSTING_LABELS, PURCHASE_LABELS } from '../../stores/designFields';
import { formatDurationMs } from '../../format/duration';
import { formatPercent, formatUnitCost, formatUsd } from '../../format/money';
import { shownCosts } from '@shared/domain/analysis/shownCost';
import { CostFigure } from '../candidates/CostFigure';
import { Reasons } from '../candidates/Reasons';
import { LineItems } from './LineItems';
import { ThroughputFigure } from './ThroughputFigure';
import { PlainText } from '../common/PlainText';

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
  { label: 'Typical latency', cell: (e) => formatDurationMs(e.latency.typicalMs), testId: 'cmp-latency' },
  {
    label: 'Cold-start exposure',
    cell: (e) => (e.latency.coldStartShare > 0 ? `${formatPercent(e.latency.coldStartShare, 2)} of requests` : 'none'),
  },
  { label: 'Region (prices)', cell: (e) => e.region },
  { label: 'Feasible', cell: (e) => (e.feasible ? <span className="ok">yes</span> : <Reasons whyNot={e.reasons} />) },
];

/** Designs side by side: totals, per-request cost, latency, feasibility and line items; the cheapest feasible is marked. */
export const ComparisonTable = observer(function ComparisonTable() {
  const { comparison } = useStores();
  const rows = comparison.rows;
  const cheapest = comparison.cheapestFeasibleId;
  return (
    <div className="table-scroll">
      <table className="comparison" data-testid="comparison-table">
        <caption className="sr-only">Designs side by side</caption>
        <thead>
          <tr>
            <th scope="col">Design</th>
            {rows.map((r) => (
              <th
                key={r.id}
                scope="col"
                className={r.id === cheapest ? 'cheapest' : undefined}
                data-testid="cmp-design"
              >
                {r.design.name}
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
              <th scope="row">{row.label}</th>
              {rows.map((r) => (
                <td
                  key={r.id}
                  className={r.id === cheapest ? 'cheapest' : undefined}
                  data-testid={row.testId}
                  // The exact figure, for tests and copy-paste; the cell shows it rounded.
                  data-usd={row.raw && r.estimate ? String(row.raw(r.estimate)) : undefined}
                >
                  {r.estimate ? row.cell(r.estimate) : '…'}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Warnings</th>
            {rows.map((r) => (
              <td key={r.id} className="small">
                {r.estimate?.warnings.length ? (
                  <ul className="warnings">
                    {r.estimate.warnings.map((w) => (
                      <li key={w}>
                        <PlainText message={w} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  'none'
                )}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Line items</th>
            {rows.map((r) => (
              <td key={r.id}>{r.estimate && <LineItems estimate={r.estimate} />}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
});
