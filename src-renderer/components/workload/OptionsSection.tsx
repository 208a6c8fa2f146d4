import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { CheckboxField } from '../common/CheckboxField';
import { RegionSelect } from '../common/RegionSelect';
import { SelectField } from '../common/SelectField';

/** Hardware, tolerance to interruption, commitment horizon and region. */
export const OptionsSection = observer(function OptionsSection() {
  const { workloadForm: form } = useStores();
  const w = form.workload;
  return (
    <fieldset className="section">
      <legend>Constraints and region</legend>
      <div className="field-grid">
        <CheckboxField
          label="The model needs a GPU"
          checked={w.needsGpu}
          onChange={(v) => form.setFlag('needsGpu', v)}
        />
        <CheckboxField
          label="Tolerates interruption (spot capacity)"
          checked={w.interruptible}
          onChange={(v) => form.setFlag('interruptible', v)}
        />
        <CheckboxField
          label="Whole dataset available up front (batch)"
          checked={w.datasetAvailableUpfront ?? false}
          onChange={(v) => form.setFlag('datasetAvailableUpfront', v)}
        />
        <SelectField
          label="Commitment horizon"
          value={String(w.commitmentYears) as '0' | '1' | '3'}
          options={[
            { value: '0', label: 'None (on-demand only)' },
            { value: '1', label: '1 year' },
            { value: '3', label: '3 years' },
          ]}
          onChange={(v) => form.setCommitmentYears(Number(v) as 0 | 1 | 3)}
        />
        <RegionSelect
          label="Region"
          value={form.region}
          onChange={(r) => form.setRegion(r)}
          help="Default region of every design; a design may override it."
        />
      </div>
    </fieldset>
  );
});
