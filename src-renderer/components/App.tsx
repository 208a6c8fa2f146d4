import { observer } from 'mobx-react-lite';
import { useEffect, useRef } from 'react';
import { useStores } from '../stores/context';
import { WIZARD_STEPS } from '../stores/UiStore';
import { DocumentTitle } from './project/DocumentTitle';
import { Header } from './Header';
import { StepNav } from './StepNav';
import { ExportStep } from './export/ExportStep';
import { WorkloadStep } from './workload/WorkloadStep';
import { CandidatesStep } from './candidates/CandidatesStep';
import { PayStep } from './pay/PayStep';
import { CompareStep } from './compare/CompareStep';
import { StepFooter } from './common/StepFooter';
import { PricesBar } from './prices/PricesBar';
import { IssuesBanner } from './common/IssuesBanner';

/** The app frame: header, step navigation, and the current step's panel. */
export const App = observer(function App() {
  const { ui } = useStores();
  const pendingFocus = ui.pendingFocus;
  const step = WIZARD_STEPS[ui.stepIndex]!;
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step.id);
  useEffect(() => {
    // A new step starts at its top: move focus to its heading (which scrolls it into view), so neither
    // the view nor the keyboard stays at the previous step's footer. Not on start: nothing to move from.
    if (shownStep.current === step.id) return;
    shownStep.current = step.id;
    if (!ui.pendingFocus) heading.current?.focus();
  }, [step.id, ui]);
  useEffect(() => {
    // "Fix" in the banner: the field's step is shown now; focus the field (scrolling it into view).
    if (!pendingFocus) return;
    const field = document.querySelector<HTMLElement>(`[data-field="${pendingFocus.replace(/["\\]/g, '\\$&')}"]`);
    field?.focus();
    ui.focusDone();
  }, [pendingFocus, step.id, ui]);
  return (
    <div className="app">
      <DocumentTitle />
      <Header />
      <PricesBar />
      <div className="app-body">
        <StepNav />
        <main className="step-panel" aria-labelledby="step-title">
          <h1 id="step-title" ref={heading} tabIndex={-1}>
            {step.title}
          </h1>
          <p className="step-lead">{step.hint}</p>
          {step.id !== 'workload' && <IssuesBanner />}
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
