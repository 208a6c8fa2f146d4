import { observer } from 'mobx-react-lite';
import type { Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { NumberField } from '../common/NumberField';
import { PlainText } from '../common/PlainText';

/** Prices the design needs that the price data lacks: enter them by hand (labelled user-provided). */
export const MissingRates = observer(function MissingRates({ design }: { design: Design }) {
  const { pay } = useStores();
  const missing = pay.missingRates(design);
  if (missing.length === 0) return null;
  return (
    <div className="missing-rates" data-testid="missing-rates">
      <h4>Prices the price data lacks</h4>
      {missing.map((m) => (
        <div key={m.key}>
          <p className="warn">
            <PlainText message={m.reason} detail={m.detail} />
          </p>
          <NumberField
            label={`Rate for ${m.label} (user-provided)`}
            unit={`$ per ${m.unit}`}
            value={pay.rateText(m.key)}
            error={pay.rateError(m.key) ?? undefined}
            onChange={(v) => pay.setUserRate(m.key, m.unit, v)}
            fieldKey={`rate:${m.key}`}
          />
        </div>
      ))}
    </div>
  );
});
