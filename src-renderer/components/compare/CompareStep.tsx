import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { BreakEvenChart } from './BreakEvenChart';
import { ComparisonTable } from './ComparisonTable';
import { CostVsTrafficChart } from './CostVsTrafficChart';
import { HourlyChart } from './HourlyChart';
import { LineItemGroups } from './LineItemGroups';

/** Step 4: the designs side by side and the charts; every number follows every edit at once. */
export const CompareStep = observer(function CompareStep() {
  const { designs, ui } = useStores();
  if (designs.designs.length === 0)
    return (
      <p className="muted">
        No designs to compare yet:{' '}
        <button type="button" className="link" onClick={() => ui.goTo('candidates')}>
          add designs in the Candidates step
        </button>
        .
      </p>
    );
  return (
    <div className="compare-step">
      <ComparisonTable />
      <LineItemGroups />
      <CostVsTrafficChart />
      <HourlyChart />
      <BreakEvenChart />
    </div>
  );
});
