import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { formatCompact, formatNumber } from '../../format/money';
import { ModelSection } from './ModelSection';
import { OptionsSection } from './OptionsSection';
import { TrafficSection } from './TrafficSection';

/** Step 1: the workload. Every field validates as the user types; the project only takes valid values. */
export const WorkloadStep = observer(function WorkloadStep() {
  const { workloadForm: form } = useStores();
  const t = form.totals;
  return (
    <div className="workload-step">
      <p className="summary" data-testid="workload-summary" aria-live="polite">
        {formatCompact(t.requestsPerMonth)} requests a month · peak {formatNumber(t.peakRps, 2)} req/s · average{' '}
        {formatNumber(t.averageRps, 2)} req/s
        {t.idleHours > 0 && <> · idle {t.idleHours} h a week</>}
      </p>
      <TrafficSection />
      <ModelSection />
      <OptionsSection />
    </div>
  );
});
