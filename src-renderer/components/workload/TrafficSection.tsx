import { observer } from 'mobx-react-lite';
import { useId } from 'react';
import { TRAFFIC_PRESETS } from '@shared/project/schema';
import { useStores } from '../../stores/context';
import type { TrafficChoice } from '../../stores/WorkloadFormStore';
import { SelectField } from '../common/SelectField';
import { WorkloadNumber } from './ModelSection';
import { WeekChart } from './WeekChart';

const PATTERN_LABELS: Record<TrafficChoice, string> = {
  steady: 'Steady',
  'business-hours': 'Business hours',
  diurnal: 'Diurnal (daily wave)',
  spiky: 'Spiky',
  'predictable-bursts': 'Predictable bursts',
  intermittent: 'Intermittent',
  'nightly-batch': 'Nightly batch',
  hourly: 'Hourly profile (typed or pasted)',
  batch: 'Scheduled batch job (records per run)',
};

/**
 * Traffic: a preset scaled to a rate (its peak, its average, or a peak and an average), an hourly
 * profile typed or pasted, or a scheduled batch job; each drawn as a week.
 */
export const TrafficSection = observer(function TrafficSection() {
  const { workloadForm: form } = useStores();
  const profileId = useId();
  const t = form.workload.traffic;
  const profileError = form.error('profile');
  return (
    <fieldset className="section">
      <legend>Traffic</legend>
      <div className="field-row">
        <SelectField
          label="Traffic pattern"
          value={form.pattern}
          testId="traffic-pattern"
          options={[...TRAFFIC_PRESETS, 'hourly' as const, 'batch' as const].map((p) => ({
            value: p,
            label: PATTERN_LABELS[p],
          }))}
          onChange={(p) => form.setPattern(p)}
          help={
            form.presetDescription ??
            'Paste a spreadsheet column: 24 values (a typical day) or 168 (a week from Monday 00:00).'
          }
        />
        {t.pattern !== 'hourly' && t.pattern !== 'batch' && (
          <>
            <WorkloadNumber id="requestsPerSecond" />
            <SelectField
              label="The rate is the"
              value={form.basis}
              testId="rate-basis"
              options={[
                { value: 'peak', label: 'peak hour' },
                { value: 'average', label: 'weekly average' },
                { value: 'peak-and-average', label: 'peak hour, with the average too' },
              ]}
              onChange={(b) => form.setBasis(b)}
            />
            {form.basis === 'peak-and-average' && <WorkloadNumber id="averageRequestsPerSecond" />}
          </>
        )}
      </div>
      {t.pattern === 'batch' && (
        <div className="field-row" data-testid="batch-job-fields">
          {(['recordsPerRun', 'runsPerMonth', 'windowHours', 'startHour'] as const).map((id) => (
            <WorkloadNumber key={id} id={id} />
          ))}
        </div>
      )}
      {t.pattern === 'hourly' && (
        <div className={`field${profileError ? ' field-invalid' : ''}`}>
          <label htmlFor={profileId}>
            Hourly profile <span className="unit">(requests/s, 24 or 168 values)</span>
          </label>
          <textarea
            id={profileId}
            rows={6}
            value={form.profileText}
            spellCheck={false}
            data-testid="hourly-profile"
            data-field="workload:profile"
            aria-invalid={profileError ? true : undefined}
            aria-describedby={profileError ? `${profileId}-error` : undefined}
            onChange={(e) => form.setProfileText(e.target.value)}
          />
          {form.profileNote && (
            <small className="help" data-testid="profile-note">
              {form.profileNote}
            </small>
          )}
          {profileError && (
            <small id={`${profileId}-error`} className="field-error" role="alert">
              {profileError}
            </small>
          )}
        </div>
      )}
      <WeekChart rps={form.weekRps} note={form.trafficNote} />
    </fieldset>
  );
});
