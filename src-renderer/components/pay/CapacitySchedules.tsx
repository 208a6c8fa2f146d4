import { observer } from 'mobx-react-lite';
import { useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Design } from '@shared/project/schema';
import { formatNumber } from '../../format/money';
import { hourLabel, niceYAxis, WEEK_X_AXIS } from '../../format/weekHours';
import { useStores } from '../../stores/context';
import {
  hasAutoscalingMinimum,
  takesProvisionedConcurrency,
  type SchedulePart,
  type ScheduleMode,
  type ScheduleTarget,
} from '../../stores/ScheduleStore';
import { NumberField } from '../common/NumberField';
import { SelectField } from '../common/SelectField';

const MODES: Array<{ value: ScheduleMode; label: string }> = [
  { value: 'none', label: 'None (on demand only)' },
  { value: 'always', label: 'The same count all month' },
  { value: 'by-hour', label: 'By hour of the day or week' },
  { value: 'hours-a-month', label: 'A count for some hours a month (a launch day)' },
];

const MINIMUM_MODES: Array<{ value: ScheduleMode; label: string }> = [
  { value: 'always', label: 'The same minimum every hour' },
  { value: 'by-hour', label: 'By hour of the day or week' },
];

/** The schedules a design's Ways-to-pay card edits: provisioned concurrency, an autoscaled fleet's minimum. */
export function CapacitySchedules({ design }: { design: Design }) {
  return (
    <>
      {takesProvisionedConcurrency(design.hosting) && <CapacitySchedule design={design} target="provisioned" />}
      {hasAutoscalingMinimum(design.hosting) && <CapacitySchedule design={design} target="minimum" />}
    </>
  );
}

/**
 * Provisioned concurrency of a serverless endpoint or a Lambda function, or the minimum instances of
 * an autoscaled fleet, as a schedule over the week chart: what the week needs hour by hour (the
 * traffic's mean concurrency; the instances in service) against what is scheduled, so the user sees
 * which hours it covers.
 */
const CapacitySchedule = observer(function CapacitySchedule(props: { design: Design; target: ScheduleTarget }) {
  const { schedules, workloadForm, estimates } = useStores();
  const { design, target } = props;
  const hoursId = useId();
  const minimum = target === 'minimum';
  const mode = schedules.modeOf(design, target);
  const unit = minimum ? 'instances' : 'concurrent executions';
  const field = (part: SchedulePart, label: string, fieldUnit: string) => (
    <NumberField
      label={label}
      unit={fieldUnit}
      value={schedules.text(design, part, target)}
      error={schedules.error(design, part, target)}
      onChange={(v) => schedules.set(design, part, v, target)}
      testId={`${target}-${part}`}
    />
  );
  const hoursError = schedules.error(design, 'hours', target);
  const needed = minimum
    ? (estimates.estimateOf(design)?.hourly.capacity ?? [])
    : workloadForm.weekRps.map((r) => (r * workloadForm.workload.inferenceMs) / 1000);
  const title = minimum ? 'Minimum instances (autoscaling)' : 'Provisioned concurrency';
  return (
    <section className="pc-schedule" data-testid={`${target}-schedule`} aria-label={`${title} of ${design.name}`}>
      <h3>{title}</h3>
      <div className="field-row">
        <SelectField
          label={minimum ? 'The minimum is' : 'Provisioned concurrency is on'}
          value={mode}
          options={minimum ? MINIMUM_MODES : MODES}
          onChange={(m) => schedules.setMode(design, m, target)}
          testId={`${target}-mode`}
          help={
            minimum
              ? 'A scheduled minimum keeps instances ready for known busy hours; each hour is billed for what runs.'
              : 'Billed only for the hours it is on; requests beyond it run on demand (with cold starts).'
          }
        />
        {mode === 'always' &&
          field(
            'count',
            minimum ? 'Minimum instances' : 'Concurrent executions',
            minimum ? 'every hour' : 'kept warm all month',
          )}
        {mode === 'hours-a-month' && (
          <>
            {field('count', 'Concurrent executions', 'kept warm')}
            {field('hoursPerMonth', 'Hours a month', 'on in the busiest hours, 0–730')}
          </>
        )}
      </div>
      {mode === 'by-hour' && (
        <div className={`field${hoursError ? ' field-invalid' : ''}`}>
          <label htmlFor={hoursId}>
            {minimum ? 'Minimum instances by hour' : 'Concurrent executions by hour'}{' '}
            <span className="unit">(24 values for a day, or 168 from Monday 00:00)</span>
          </label>
          <textarea
            id={hoursId}
            rows={4}
            spellCheck={false}
            value={schedules.text(design, 'hours', target)}
            onChange={(e) => schedules.set(design, 'hours', e.target.value, target)}
            data-testid={`${target}-hours`}
            aria-invalid={hoursError ? true : undefined}
            aria-describedby={hoursError ? `${hoursId}-error` : undefined}
          />
          {hoursError && (
            <small id={`${hoursId}-error`} className="field-error" role="alert">
              {hoursError}
            </small>
          )}
        </div>
      )}
      {mode !== 'none' && (
        <CoverageChart
          testId={`${target}-chart`}
          needed={needed}
          scheduled={schedules.weekCounts(design, target)}
          neededWords={minimum ? 'instances in service' : 'mean concurrency in use (requests/s × inference time)'}
          scheduledWords={
            minimum
              ? 'the scheduled minimum'
              : `provisioned concurrency${mode === 'hours-a-month' ? ' when it is on (the busiest hours of the month)' : ''}`
          }
          unit={unit}
        />
      )}
    </section>
  );
});

/** What the week needs hour by hour (bars) against what is scheduled (line), with a text summary. */
function CoverageChart(props: {
  testId: string;
  needed: ReadonlyArray<number>;
  scheduled: number[];
  neededWords: string;
  scheduledWords: string;
  unit: string;
}) {
  const data = props.needed.map((needed, hour) => ({
    hour,
    needed,
    scheduled: props.scheduled[hour] ?? 0,
    label: hourLabel(hour),
  }));
  const covered = data.filter((d) => d.needed > 0 && d.scheduled >= d.needed).length;
  const busy = data.filter((d) => d.needed > 0).length;
  return (
    <figure className="chart week-chart" data-testid={props.testId}>
      <ComposedChart
        title={`${props.neededWords} and ${props.scheduledWords} by hour of the week`}
        width={560}
        height={150}
        data={data}
        barCategoryGap={0}
        margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis {...WEEK_X_AXIS} />
        <YAxis {...niceYAxis([...props.needed, ...props.scheduled])} />
        <Tooltip
          labelFormatter={(_, payload) => String(payload?.[0]?.payload?.label ?? '')}
          formatter={(v, name) => [
            `${formatNumber(Number(v), 2)} ${props.unit}`,
            name === 'scheduled' ? 'Scheduled' : 'Needed',
          ]}
        />
        <Bar dataKey="needed" fill="var(--accent)" isAnimationActive={false} />
        <Line
          dataKey="scheduled"
          type="stepAfter"
          stroke="var(--warn)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
      <figcaption data-testid={`${props.testId}-caption`}>
        Bars: {props.neededWords}; line: {props.scheduledWords}. It meets the need in {covered} of the {busy} hours that
        have any.
      </figcaption>
    </figure>
  );
}
