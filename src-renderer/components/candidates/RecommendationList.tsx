import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { HOSTING_LABELS, PURCHASE_LABELS } from '../../stores/designFields';
import { formatUsd } from '../../format/money';
import { costUnavailableReason } from '@shared/domain';
import { CostFigure } from './CostFigure';
import { Reasons } from './Reasons';

/** The recommender's ranked designs with their reasons; infeasible ones stay, with why. */
export const RecommendationList = observer(function RecommendationList() {
  const { recommendations: recs, prices } = useStores();
  if (!prices.catalog) return <p className="muted">Loading prices…</p>;
  const list = recs.recommendations;
  return (
    <section className="recommendations" aria-labelledby="recs-title">
      <div className="section-head">
        <h2 id="recs-title">Recommended designs</h2>
        <button type="button" className="primary" onClick={() => recs.takeBest(3)} data-testid="take-best">
          Add the 3 best
        </button>
      </div>
      <ol className="rec-list" data-testid="recommendations">
        {list.map((r) => {
          const taken = recs.isTaken(r);
          return (
            <li
              key={r.design.name}
              className={`rec${r.estimate.feasible ? '' : ' infeasible'}`}
              data-testid="recommendation"
            >
              <div className="rec-head">
                <span className="rank">#{r.rank}</span>
                <strong className="rec-name">{r.design.name}</strong>
                <span className="rec-meta">
                  <span className="muted">
                    {HOSTING_LABELS[r.design.hosting.type]} · {PURCHASE_LABELS[r.design.purchase.type]}
                    {'instanceType' in r.design.hosting ? ` · ${r.design.hosting.instanceType}` : ''}
                  </span>
                  {!r.estimate.feasible && <span className="badge bad">not feasible</span>}
                </span>
                <span className={costUnavailableReason(r.estimate) ? 'rec-cost rec-cost-unavailable' : 'rec-cost'}>
                  <CostFigure estimate={r.estimate} testId="rec-cost">
                    {formatUsd(r.estimate.monthlyUsd)}/mo
                  </CostFigure>
                </span>
                <button type="button" className="rec-take" disabled={taken} onClick={() => recs.take(r)}>
                  {taken ? 'Added' : 'Add'}
                  {/* The visible word starts the accessible name, which says which design. */}
                  <span className="sr-only">
                    {taken ? `: ${r.design.name} is in the project` : ` ${r.design.name}`}
                  </span>
                </button>
              </div>
              <Reasons why={r.why} whyNot={r.whyNot} />
            </li>
          );
        })}
      </ol>
    </section>
  );
});
