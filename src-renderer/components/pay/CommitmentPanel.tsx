import { observer } from 'mobx-react-lite';
import type { Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { purchaseFields } from '../../stores/designFields';
import { formatNumber, formatPercent, formatUnitCost, formatUsd } from '../../format/money';

/** Commitment sizing: the suggested commitment, its utilization, the break-even and the savings. */
export const CommitmentPanel = observer(function CommitmentPanel({ design }: { design: Design }) {
  const { pay, designs } = useStores();
  const a = pay.analysisOf(design);
  if (!a) return null;
  const commitmentField = purchaseFields(design.purchase).find((f) => f.id === 'commitmentPerHour');
  const own = 'commitmentPerHour' in design.purchase ? design.purchase.commitmentPerHour : undefined;
  return (
    <dl className="commitment" data-testid="commitment-panel">
      {a.suggestedPerHour !== null && (
        <div>
          <dt>Suggested commitment</dt>
          <dd>
            {formatUnitCost(a.suggestedPerHour)}/h <span className="muted">(covers the weekly floor of usage)</span>{' '}
            {commitmentField && own !== a.suggestedPerHour && (
              <button
                type="button"
                onClick={() =>
                  designs.setNumber(design, commitmentField, String(Number(a.suggestedPerHour!.toPrecision(6))))
                }
              >
                Use it
              </button>
            )}
          </dd>
        </div>
      )}
      {a.utilization !== null && (
        <div>
          <dt>Commitment utilization</dt>
          <dd>{formatPercent(a.utilization)} of the committed dollars buy usage over the week</dd>
        </div>
      )}
      <div>
        <dt>Break-even utilization</dt>
        <dd>
          {a.breakEvenUtilization === null
            ? 'needs the committed rate'
            : `${formatPercent(a.breakEvenUtilization)} of hours: below that, on-demand is cheaper`}
        </dd>
      </div>
      <div>
        <dt>Against on-demand</dt>
        <dd data-testid="commitment-savings">
          {a.monthlySavingsUsd === null
            ? 'price unavailable'
            : a.monthlySavingsUsd >= 0
              ? `saves ${formatUsd(a.monthlySavingsUsd)} a month`
              : `costs ${formatUsd(-a.monthlySavingsUsd)} a month more`}{' '}
          ({formatUsd(a.committedMonthlyUsd)} vs {formatUsd(a.onDemandMonthlyUsd)})
        </dd>
      </div>
      {a.upfrontUsd > 0 && (
        <div>
          <dt>Upfront</dt>
          <dd>
            {formatUsd(a.upfrontUsd)}, recovered after{' '}
            {a.monthsToRecoverUpfront === null ? 'never' : `${formatNumber(a.monthsToRecoverUpfront, 1)} months`} of a{' '}
            {a.termMonths}-month term
          </dd>
        </div>
      )}
    </dl>
  );
});
