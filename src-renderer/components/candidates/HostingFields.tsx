import { observer } from 'mobx-react-lite';
import type { Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { hostingFields, isInstanceHosting } from '../../stores/designFields';
import { bedrockModels } from '../../stores/instanceChoices';
import { ChoiceField } from '../common/ChoiceField';
import { DesignNumberFields } from '../common/DesignNumberFields';
import { SelectField } from '../common/SelectField';
import { InstancePicker } from './InstancePicker';

const SERVERLESS_MEMORY = [1024, 2048, 3072, 4096, 5120, 6144];
const ARCHITECTURE_LABELS = { x86_64: 'x86_64', arm64: 'arm64 (Graviton)' } as const;

/** The fields of a design's own hosting type: instance type and scaling, memory, concurrency, jobs, model. */
export const HostingFields = observer(function HostingFields({ design }: { design: Design }) {
  const { designs, prices, estimates } = useStores();
  const h = design.hosting;
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
      {isInstanceHosting(h.type) && 'instanceType' in h && h.type !== 'sagemaker-batch' && (
        <SelectField
          label="Scaling"
          value={'autoscaling' in h && h.autoscaling ? 'autoscaling' : 'fixed'}
          options={[
            { value: 'fixed', label: 'Fixed instance count' },
            {
              value: 'autoscaling',
              label:
                h.type === 'sagemaker-async'
                  ? 'Autoscaling (may scale to zero)'
                  : 'Autoscaling on invocations per instance',
            },
          ]}
          onChange={(mode) => designs.setScaling(design, mode)}
        />
      )}
      {h.type === 'sagemaker-serverless' && (
        <SelectField
          label="Memory"
          value={String(h.memoryMB)}
          options={SERVERLESS_MEMORY.map((mb) => ({ value: String(mb), label: `${mb / 1024} GB (${mb} MB)` }))}
          onChange={(v) => designs.patchHosting(design, { memoryMB: Number(v) })}
        />
      )}
      {h.type === 'lambda' && (
        <ChoiceField
          label="Architecture"
          value={h.architecture}
          labels={ARCHITECTURE_LABELS}
          onChange={(architecture) => designs.patchHosting(design, { architecture })}
        />
      )}
      {h.type === 'bedrock' && (
        <SelectField
          label="Model"
          value={h.model}
          options={[...new Set([h.model, ...(prices.catalog ? bedrockModels(prices.catalog, region) : [])])].map(
            (m) => ({ value: m, label: m }),
          )}
          onChange={(model) => designs.patchHosting(design, { model })}
        />
      )}
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
