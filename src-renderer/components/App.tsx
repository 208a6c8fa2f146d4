import { observer } from 'mobx-react-lite';
import { useStores } from '../stores/context';
import { WIZARD_STEPS } from '../stores/UiStore';
import { Header } from './Header';
import { StepNav } from './StepNav';
import { ExportStep } from './export/ExportStep';
import { WorkloadStep } from './workload/WorkloadStep';
import { CandidatesStep } from './candidates/CandidatesStep';
import { PayStep } from './pay/PayStep';
import { CompareStep } from './compare/CompareStep';
import { StepFooter } from './common/StepFooter';
import { PricesBar } from './prices/PricesBar';

/** The app frame: header, step navigation, and the current step's panel. */
export const App = observer(function App() {
  const { ui } = useStores();
  const step = WIZARD_STEPS[ui.stepIndex]!;
  return (
    <div className="app">
      <Header />
      <PricesBar />
      <div className="app-body">
        <StepNav />
        <main className="step-panel" aria-labelledby="step-title">
          <h1 id="step-title">{step.title}</h1>
          <p className="step-lead">{step.hint}</p>
          {step.id === 'workload' && <WorkloadStep />}
          {step.id === 'candidates' && <CandidatesStep />}
          {step.id === 'pay' && <PayStep />}
          {step.id === 'compare' && <CompareStep />}
          {step.id === 'export' && <ExportStep />}
          <StepFooter />
        </main>
      </div>
    </div>
  );
});
