import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { workloadField, type WorkloadNumberFieldId } from '../../stores/workloadFields';
import { NumberField } from '../common/NumberField';

/** One workload number field, bound to the workload form. */
export const WorkloadNumber = observer(function WorkloadNumber({ id }: { id: WorkloadNumberFieldId }) {
  const { workloadForm: form } = useStores();
  const f = workloadField(id);
  return (
    <NumberField
      label={f.label}
      unit={f.unit}
      help={f.help}
      value={form.text(id)}
      error={form.error(id)}
      onChange={(v) => form.setNumber(id, v)}
      testId={`field-${id}`}
      fieldKey={`workload:${id}`}
    />
  );
});

/** Requests and the model: inference time, payload sizes, latency target, models, tokens. */
export function ModelSection() {
  return (
    <fieldset className="section">
      <legend>Requests and model</legend>
      <div className="field-grid">
        <WorkloadNumber id="inferenceMs" />
        <WorkloadNumber id="latencyTargetMs" />
        <WorkloadNumber id="requestKiB" />
        <WorkloadNumber id="responseKiB" />
        <WorkloadNumber id="modelCount" />
        <WorkloadNumber id="modelSizeGB" />
        <WorkloadNumber id="inputTokensPerRequest" />
        <WorkloadNumber id="outputTokensPerRequest" />
      </div>
    </fieldset>
  );
}
