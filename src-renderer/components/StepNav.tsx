import { observer } from 'mobx-react-lite';
import { useStores } from '../stores/context';
import { WIZARD_STEPS } from '../stores/UiStore';

/** The wizard's steps, as a navigation list; the current step is marked for assistive technology. */
export const StepNav = observer(function StepNav() {
  const { ui } = useStores();
  return (
    <nav aria-label="Wizard steps" className="step-nav">
      <ol>
        {WIZARD_STEPS.map((step, index) => (
          <li key={step.id}>
            <button
              type="button"
              aria-current={ui.step === step.id ? 'step' : undefined}
              onClick={() => ui.goTo(step.id)}
            >
              <span className="step-number">{index + 1}</span>
              <span className="step-title">{step.title}</span>
              <span className="step-hint">{step.hint}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
});
