import { observer } from 'mobx-react-lite';
import { useStores } from '../stores/context';
import { WIZARD_STEPS } from '../stores/UiStore';

/** The wizard's steps, as a navigation list; the current step and steps with invalid fields are marked. */
export const StepNav = observer(function StepNav() {
  const { ui, issues } = useStores();
  return (
    <nav aria-label="Wizard steps" className="step-nav">
      <ol>
        {WIZARD_STEPS.map((step, index) => {
          const invalid = issues.countOn(step.id);
          return (
            <li key={step.id}>
              <button
                type="button"
                aria-current={ui.step === step.id ? 'step' : undefined}
                onClick={() => ui.goTo(step.id)}
                className={invalid > 0 ? 'has-issues' : undefined}
              >
                <span className="step-number">{index + 1}</span>
                <span className="step-title">{step.title}</span>
                <span className="step-hint">{step.hint}</span>
                {invalid > 0 && (
                  <span className="step-issues" data-testid={`step-issues-${step.id}`}>
                    {invalid === 1 ? '1 field to fix' : `${invalid} fields to fix`}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
