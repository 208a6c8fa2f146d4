import { observer } from 'mobx-react-lite';
import type { Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import type { DesignNumberField } from '../../stores/designFields';
import { NumberField } from './NumberField';

/**
 * A design's number fields (hosting or purchase), each kept as typed with its message while invalid:
 * the one place the editor and the ways-to-pay step wire a NumberField to the designs store.
 */
export const DesignNumberFields = observer(function DesignNumberFields({
  design,
  fields,
  testIdPrefix,
}: {
  design: Design;
  fields: ReadonlyArray<DesignNumberField>;
  /** Each field's test id is the prefix and the field's id ("design-memoryMB"). */
  testIdPrefix: string;
}) {
  const { designs } = useStores();
  return (
    <>
      {fields.map((f) => (
        <NumberField
          key={f.id}
          label={f.label}
          unit={f.unit}
          help={f.help}
          value={designs.numberText(design, f)}
          error={designs.fieldError(design, f)}
          onChange={(v) => designs.setNumber(design, f, v)}
          testId={`${testIdPrefix}-${f.id}`}
          fieldKey={designs.fieldKey(design, f)}
        />
      ))}
    </>
  );
});
