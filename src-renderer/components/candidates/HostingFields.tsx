import { observer } from 'mobx-react-lite';
import { hostingDefinition } from '@shared/domain';
import type { Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { hostingFields } from '../../stores/designFields';
import { DesignNumberFields } from '../common/DesignNumberFields';
import { SelectField } from '../common/SelectField';
import { InstancePicker } from './InstancePicker';

/**
 * The fields of a design's own hosting type, as its definition lists them: instance type and
 * scaling for instance-based types, list fields (memory, architecture, model), number fields.
 */
export const HostingFields = observer(function HostingFields({ design }: { design: Design }) {
  const { designs, prices, estimates } = useStores();
  const h = design.hosting;
  const def = hostingDefinition(h.type);
  const region = h.region ?? estimates.region;
  const fields = hostingFields(h);
  return (
    <div className="hosting-fields">
      {'instanceType' in h && (
        <InstancePicker
          type={h.type}
          region={region}
          value={h.instanceType}
          onChange={(instanceType) => designs.patchHosting(design, { instanceType })}
        />
      )}
      {def.instances && (
        <SelectField
          label="Scaling"
          value={'autoscaling' in h && h.autoscaling ? 'autoscaling' : 'fixed'}
          options={[
            { value: 'fixed', label: 'Fixed instance count' },
            {
              value: 'autoscaling',
              label: def.instances.startsFromZero
                ? 'Autoscaling (may scale to zero)'
                : 'Autoscaling on invocations per instance',
            },
          ]}
          onChange={(mode) => designs.setScaling(design, mode)}
        />
      )}
      {def.choiceFields(h, prices.catalog, region).map((c) => (
        <SelectField
          key={c.id}
          label={c.label}
          value={c.value}
          options={c.options}
          onChange={(v) => designs.patchHosting(design, { [c.id]: c.numeric ? Number(v) : v })}
        />
      ))}
      <div className="field-grid">
        <DesignNumberFields design={design} fields={fields} testIdPrefix="design" />
      </div>
      {designs.fieldError(design, 'hosting') && (
        <p className="field-error" role="alert">
          {designs.fieldError(design, 'hosting')}
        </p>
      )}
    </div>
  );
});
