import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { WIZARD_STEPS } from '../../stores/UiStore';

/** Previous / next buttons at the end of a step, named after the step they lead to. */
export const StepFooter = observer(function StepFooter() {
  const { ui } = useStores();
  const previous = WIZARD_STEPS[ui.stepIndex - 1];
  const next = WIZARD_STEPS[ui.stepIndex + 1];
  return (
    <nav className="step-footer" aria-label="Step navigation">
      {previous && (
        <button type="button" onClick={() => ui.previous()}>
          ← {previous.title}
        </button>
      )}
      {next && (
        <button type="button" className="primary" onClick={() => ui.next()}>
          {next.title} →
        </button>
      )}
    </nav>
  );
});
