import { observer } from 'mobx-react-lite';
import { useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { Design } from '@shared/project/schema';
import { formatNumber } from '../../format/money';
import { hourLabel, niceYAxis, WEEK_X_AXIS } from '../../format/weekHours';
import { useStores } from '../../stores/context';
import { takesProvisionedConcurrency, type SchedulePart, type ScheduleMode } from '../../stores/ScheduleStore';
import { NumberField } from '../common/NumberField';
import { SelectField } from '../common/SelectField';

const MODES: Array<{ value: ScheduleMode; label: string }> = [
  { value: 'none', label: 'None (on demand only)' },
  { value: 'always', label: 'The same count all month' },
  { value: 'by-hour', label: 'By hour of the day or week' },
  { value: 'hours-a-month', label: 'A count for some hours a month (a launch day)' },
];

/**
 * Provisioned concurrency of a serverless endpoint or a Lambda function as a schedule, over the
 * week chart: the traffic's mean concurrency (requests/s × inference time) hour by hour, and the
 * provisioned concurrency on in each hour, so the user sees which hours it covers.
 */
export const ProvisionedSchedule = observer(function ProvisionedSchedule({ design }: { design: Design }) {
  const { schedules, workloadForm } = useStores();
  const hoursId = useId();
  if (!takesProvisionedConcurrency(design.hosting)) return null;
  const mode = schedules.modeOf(design);
  const field = (part: SchedulePart, label: string, unit: string) => (
    <NumberField
      label={label}
      unit={unit}
      value={schedules.text(design, part)}
      error={schedules.error(design, part)}
      onChange={(v) => schedules.set(design, part, v)}
      testId={`pc-${part}`}
    />
  );
  const hoursError = schedules.error(design, 'hours');
  return (
    <section className="pc-schedule" data-testid="pc-schedule" aria-label={`Provisioned concurrency of ${design.name}`}>
      <h3>Provisioned concurrency</h3>
      <div className="field-row">
        <SelectField
          label="Provisioned concurrency is on"
          value={mode}
          options={MODES}
          onChange={(m) => schedules.setMode(design, m)}
          testId="pc-mode"
          help="Billed only for the hours it is on; requests beyond it run on demand (with cold starts)."
        />
        {mode === 'always' && field('count', 'Concurrent executions', 'kept warm all month')}
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
            Concurrent executions by hour <span className="unit">(24 values for a day, or 168 from Monday 00:00)</span>
          </label>
          <textarea
            id={hoursId}
            rows={4}
            spellCheck={false}
            value={schedules.text(design, 'hours')}
            onChange={(e) => schedules.set(design, 'hours', e.target.value)}
            data-testid="pc-hours"
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
          traffic={workloadForm.weekRps.map((r) => (r * workloadForm.workload.inferenceMs) / 1000)}
          provisioned={schedules.weekCounts(design)}
          monthly={mode === 'hours-a-month'}
        />
      )}
    </section>
  );
});

/** The week's mean concurrency (bars) and the provisioned concurrency on each hour (line), with a text summary. */
function CoverageChart(props: { traffic: number[]; provisioned: number[]; monthly: boolean }) {
  const data = props.traffic.map((concurrency, hour) => ({
    hour,
    concurrency,
    provisioned: props.provisioned[hour] ?? 0,
    label: hourLabel(hour),
  }));
  const covered = data.filter((d) => d.concurrency > 0 && d.provisioned >= d.concurrency).length;
  const busy = data.filter((d) => d.concurrency > 0).length;
  return (
    <figure className="chart week-chart" data-testid="pc-chart">
      <ComposedChart
        title="Mean concurrency and provisioned concurrency by hour of the week"
        width={560}
        height={150}
        data={data}
        barCategoryGap={0}
        margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis {...WEEK_X_AXIS} />
        <YAxis {...niceYAxis([...props.traffic, ...props.provisioned])} />
        <Tooltip
          labelFormatter={(_, payload) => String(payload?.[0]?.payload?.label ?? '')}
          formatter={(v, name) => [
            formatNumber(Number(v), 2),
            name === 'provisioned' ? 'Provisioned' : 'Mean concurrency',
          ]}
        />
        <Bar dataKey="concurrency" fill="var(--accent)" isAnimationActive={false} />
        <Line
          dataKey="provisioned"
          type="stepAfter"
          stroke="var(--warn)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
      <figcaption data-testid="pc-chart-caption">
        Bars: mean concurrency in use (requests/s × inference time); line: provisioned concurrency
        {props.monthly ? ' when it is on (the busiest hours of the month)' : ''}. It covers the mean in {covered} of the{' '}
        {busy} hours with traffic.
      </figcaption>
    </figure>
  );
}
