import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { SelectField } from './SelectField';

/** A region picker over the regions that have prices (plus the current one, so it always shows). */
export const RegionSelect = observer(function RegionSelect(props: {
  label: string;
  value: string;
  onChange(region: string): void;
  help?: string;
  allowDefault?: string;
}) {
  const { prices } = useStores();
  const regions = new Set(prices.availableRegions);
  if (props.value) regions.add(props.value);
  const options = [...regions].sort().map((r) => ({ value: r, label: r }));
  if (props.allowDefault !== undefined) options.unshift({ value: '', label: `Project region (${props.allowDefault})` });
  return (
    <SelectField
      label={props.label}
      value={props.value}
      options={options}
      onChange={props.onChange}
      help={props.help}
    />
  );
});
