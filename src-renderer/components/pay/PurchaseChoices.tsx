import { observer } from 'mobx-react-lite';
import { useId } from 'react';
import type { Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { PlainText } from '../common/PlainText';

/** The ways to pay as radio buttons; those that do not apply are disabled, with the domain's reason. */
export const PurchaseChoices = observer(function PurchaseChoices({ design }: { design: Design }) {
  const { pay, designs } = useStores();
  const name = useId();
  const choices = pay.choices(design);
  const excluded = choices.filter((c) => c.exclusion !== null);
  return (
    <fieldset className="purchase-choices">
      <legend>Way to pay for “{design.name}”</legend>
      <div className="radio-row">
        {choices
          .filter((c) => c.exclusion === null)
          .map((c) => (
            <label key={c.type} className="radio">
              <input
                type="radio"
                name={name}
                value={c.type}
                checked={design.purchase.type === c.type}
                onChange={() => designs.setPurchaseType(design, c.type)}
              />
              {c.label}
            </label>
          ))}
      </div>
      {excluded.length > 0 && (
        <details className="exclusions">
          <summary>Why the other ways to pay do not apply ({excluded.length})</summary>
          <ul>
            {excluded.map((c) => (
              <li key={c.type}>
                <strong>{c.label}:</strong> <PlainText message={c.exclusion!} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {pay.choices(design).find((c) => c.type === design.purchase.type)?.exclusion && (
        <p className="field-error" role="alert">
          <PlainText message={pay.choices(design).find((c) => c.type === design.purchase.type)!.exclusion!} />
        </p>
      )}
    </fieldset>
  );
});
