import { observer } from 'mobx-react-lite';
import { useId, useState } from 'react';
import type { HostingType } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { filterChoices, instanceChoices, type InstanceChoice } from '../../stores/instanceChoices';
import { formatNumber, formatRate } from '../../format/money';

function describe(c: InstanceChoice): string {
  const hw = [
    c.vcpu !== null ? `${c.vcpu} vCPU` : null,
    c.memoryGiB !== null ? `${formatNumber(c.memoryGiB, 1)} GiB` : null,
    c.gpuCount > 0 ? `${c.gpuCount} GPU${c.gpuModel ? ` ${c.gpuModel}` : ''}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return `${c.instanceType} — ${hw}${hw ? ' · ' : ''}${formatRate(c.usdPerHour)}/h`;
}

/**
 * The instance type of a design: a search box filtering a list of the types priced in the design's
 * region, each with its vCPU, memory, GPU and hourly price there.
 */
export const InstancePicker = observer(function InstancePicker(props: {
  type: HostingType;
  region: string;
  value: string;
  onChange(instanceType: string): void;
}) {
  const { prices } = useStores();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const listId = useId();
  const catalog = prices.catalog;
  const all = catalog ? instanceChoices(catalog, props.type, props.region) : [];
  const shown = filterChoices(all, query).slice(0, 200);
  const current = all.find((c) => c.instanceType === props.value);
  if (!shown.some((c) => c.instanceType === props.value))
    shown.unshift(current ?? { instanceType: props.value, vcpu: null, memoryGiB: null, gpuCount: 0, usdPerHour: NaN });
  return (
    <div className="field instance-picker">
      <label htmlFor={searchId}>Search instance types</label>
      <input
        id={searchId}
        type="search"
        value={query}
        placeholder="e.g. g5, xlarge, gpu"
        onChange={(e) => setQuery(e.target.value)}
      />
      <label htmlFor={listId}>
        Instance type <span className="unit">(prices in {props.region})</span>
      </label>
      <select
        id={listId}
        size={6}
        value={props.value}
        data-testid="instance-type"
        onChange={(e) => props.onChange(e.target.value)}
      >
        {shown.map((c) => (
          <option key={c.instanceType} value={c.instanceType}>
            {Number.isNaN(c.usdPerHour) ? `${c.instanceType} — no price in ${props.region}` : describe(c)}
          </option>
        ))}
      </select>
      <small className="help">
        {shown.length} of {all.length} types shown
      </small>
    </div>
  );
});
