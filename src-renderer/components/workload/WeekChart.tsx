import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../format/money';
import { hourLabel, niceYAxis, WEEK_X_AXIS } from '../../format/weekHours';

/** The traffic of the 168 hours of the week as a small bar chart, with a text summary for screen readers. */
export function WeekChart(props: { rps: ReadonlyArray<number>; width?: number; note?: string | null }) {
  const data = props.rps.map((rps, hour) => ({ hour, rps, label: hourLabel(hour) }));
  const peak = Math.max(0, ...props.rps);
  const min = Math.min(...props.rps);
  return (
    <figure className="chart week-chart" data-testid="week-chart">
      <BarChart
        // A keyboard stop (arrow keys move through the hours): its title is its accessible name.
        title="Traffic by hour of the week (arrow keys move through the hours)"
        width={props.width ?? 560}
        height={140}
        data={data}
        barCategoryGap={0}
        margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis {...WEEK_X_AXIS} />
        <YAxis {...niceYAxis(props.rps)} />
        <Tooltip
          labelFormatter={(_, payload) => String(payload?.[0]?.payload?.label ?? '')}
          formatter={(v) => [`${formatNumber(Number(v), 2)} req/s`, 'Traffic']}
        />
        <Bar dataKey="rps" fill="var(--accent)" isAnimationActive={false} />
      </BarChart>
      <figcaption>
        {props.note && (
          <strong className="warn" data-testid="week-chart-note">
            {props.note}{' '}
          </strong>
        )}
        Requests per second, Monday to Sunday: peak {formatNumber(peak, 2)}, lowest {formatNumber(min, 2)}.
      </figcaption>
    </figure>
  );
}
