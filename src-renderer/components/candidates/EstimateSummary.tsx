import { observer } from 'mobx-react-lite';
import type { Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { formatUsd } from '../../format/money';
import { CostFigure } from './CostFigure';
import { Reasons } from './Reasons';
import { PlainText } from '../common/PlainText';
import { batchRunWords } from '../../format/batchRun';

/** A design's monthly cost and feasibility, as the editor shows it while the design is edited. */
export const EstimateSummary = observer(function EstimateSummary({ design }: { design: Design }) {
  const { estimates } = useStores();
  const e = estimates.estimateOf(design);
  if (!e) return <p className="muted">Loading prices…</p>;
  return (
    <div className="estimate-summary" aria-live="polite">
      <p>
        <strong>
          <CostFigure estimate={e} testId="editor-monthly">
            {formatUsd(e.monthlyUsd)} a month
          </CostFigure>
        </strong>{' '}
        in {e.region} · {e.feasible ? <span className="ok">feasible</span> : <span className="bad">not feasible</span>}
      </p>
      {batchRunWords(e) && (
        <p className={e.meetsWindow ? 'ok' : 'bad'} data-testid="batch-run">
          {batchRunWords(e)}
        </p>
      )}
      <Reasons whyNot={e.reasons} />
      {e.warnings.length > 0 && (
        <ul className="warnings">
          {e.warnings.map((w) => (
            <li key={w}>
              <PlainText message={w} detail={e.warningDetails?.[w]} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
