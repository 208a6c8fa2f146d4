import { observer } from 'mobx-react-lite';
import { useId } from 'react';
import { HOSTING_TYPES, type Design } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import { HOSTING_LABELS } from '../../stores/designFields';
import { RegionSelect } from '../common/RegionSelect';
import { SelectField } from '../common/SelectField';
import { EstimateSummary } from './EstimateSummary';
import { HostingFields } from './HostingFields';
import { ThroughputPanel } from '../loadtest/ThroughputPanel';

/** Edits one design: name, hosting type, region and the hosting type's own fields. */
export const DesignEditor = observer(function DesignEditor({ design }: { design: Design }) {
  const { designs, estimates } = useStores();
  const nameId = useId();
  const nameError = designs.fieldError(design, 'name');
  return (
    <section className="design-editor" aria-labelledby={`${nameId}-title`}>
      <h3 id={`${nameId}-title`}>Edit “{design.name}”</h3>
      <div className="field-row">
        <div className={`field design-name${nameError ? ' field-invalid' : ''}`}>
          <label htmlFor={nameId}>Design name</label>
          <input
            id={nameId}
            type="text"
            value={designs.nameText(design)}
            data-testid="design-name"
            data-field={designs.fieldKey(design, 'name')}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${nameId}-error` : undefined}
            onChange={(e) => designs.rename(design, e.target.value)}
          />
          {nameError && (
            <small id={`${nameId}-error`} className="field-error" role="alert">
              {nameError}
            </small>
          )}
        </div>
        <SelectField
          label="Hosting"
          value={design.hosting.type}
          testId="hosting-type"
          options={HOSTING_TYPES.map((t) => ({ value: t, label: HOSTING_LABELS[t] }))}
          onChange={(t) => designs.setHostingType(design, t)}
        />
        <RegionSelect
          label="Region"
          value={design.hosting.region ?? ''}
          allowDefault={estimates.region}
          onChange={(r) => designs.patchHosting(design, { region: r || undefined })}
        />
      </div>
      <HostingFields design={design} />
      <ThroughputPanel design={design} />
      <EstimateSummary design={design} />
    </section>
  );
});
