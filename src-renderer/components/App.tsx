import { observer } from 'mobx-react-lite';
import { useStores } from '../stores/context';
import { WIZARD_STEPS } from '../stores/UiStore';
import { Header } from './Header';
import { StepNav } from './StepNav';
import { ExportStep } from './export/ExportStep';

/** The app frame: header, step navigation, and the current step's panel. */
export const App = observer(function App() {
  const { ui } = useStores();
  const step = WIZARD_STEPS[ui.stepIndex]!;
  return (
    <div className="app">
      <Header />
      <div className="app-body">
        <StepNav />
        <main className="step-panel" aria-labelledby="step-title">
          <h1 id="step-title">{step.title}</h1>
          <p className="step-lead">{step.hint}</p>
          {step.id === 'export' && <ExportStep />}
        </main>
      </div>
    </div>
  );
});
