import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { WIZARD_STEPS } from '../../stores/UiStore';

/**
 * Names every field whose text is not a valid value, on the steps that show figures: the figures use
 * each field's last valid value (named here), never the text in the field, and Fix goes to the field.
 */
export const IssuesBanner = observer(function IssuesBanner() {
  const { issues, ui, designs } = useStores();
  const list = issues.list;
  if (list.length === 0) return null;
  return (
    <section className="banner warning issues-banner" aria-labelledby="issues-title" data-testid="issues-banner">
      <h2 id="issues-title">
        {list.length === 1 ? 'A field is not valid' : `${list.length} fields are not valid`}:{' '}
        {ui.step === 'export' ? 'the workbook uses' : 'the figures use'} the last valid value of{' '}
        {list.length === 1 ? 'it' : 'each'}, not what is typed
      </h2>
      <ul>
        {list.map((issue) => (
          <li key={issue.fieldKey} data-testid="issue">
            <strong>
              {issue.where} › {issue.label}
            </strong>{' '}
            {issue.text.trim() === ''
              ? '(empty)'
              : `“${issue.text.length > 40 ? `${issue.text.slice(0, 40)}…` : issue.text}”`}
            : {issue.message}. {issue.used !== null && <>Priced with {issue.used}. </>}
            <button
              type="button"
              onClick={() => {
                if (issue.design) designs.select(issue.design);
                ui.goToField(issue.step, issue.fieldKey);
              }}
            >
              Fix in {WIZARD_STEPS.find((s) => s.id === issue.step)!.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
