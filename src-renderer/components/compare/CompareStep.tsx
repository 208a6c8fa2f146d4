import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { BreakEvenChart } from './BreakEvenChart';
import { ComparisonTable } from './ComparisonTable';
import { CostVsTrafficChart } from './CostVsTrafficChart';
import { HourlyChart } from './HourlyChart';
import { LineItemGroups } from './LineItemGroups';
import { SelfHostAnswer } from './SelfHostAnswer';

/** Step 4: the designs side by side and the charts; every number follows every edit at once. */
export const CompareStep = observer(function CompareStep() {
  const root = useStores();
  const { designs, ui, project, app } = root;
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
      <div className="compare-actions">
        <button type="button" onClick={() => root.printSummary()} aria-keyshortcuts="Control+P">
          {app.info?.mode === 'web' ? 'Print summary…' : 'Save summary as PDF…'}
        </button>
      </div>
      <p className="print-only print-title">
        {project.current.name} · comparison of {designs.designs.length} designs ·{' '}
        {new Date().toISOString().slice(0, 10)} · prices: {app.info?.prices.label ?? ''}
      </p>
      <ComparisonTable />
      <LineItemGroups />
      <SelfHostAnswer />
      <CostVsTrafficChart />
      <HourlyChart />
      <BreakEvenChart />
    </div>
  );
});
