import { WEEK_X_AXIS } from '../../format/weekHours';
import { observer } from 'mobx-react-lite';
import { useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useStores } from '../../stores/context';
import { ChartArea } from './ChartArea';
import { formatNumber, formatUnitCost, formatUsd } from '../../format/money';
import { niceTicksFor, numberTick, tickDigits, usdTick } from '../../format/niceTicks';
import { useDesignColours } from './useDesignColours';

/** One design's week hour by hour: capacity in service (instances or concurrency) and the cost of each hour. */
export const HourlyChart = observer(function HourlyChart() {
  const { comparison } = useStores();
  const selectId = useId();
  const colourOf = useDesignColours();
  const row = comparison.hourlyRow;
  const data = comparison.hourlyData;
  if (!row || !row.estimate) return null;
  const unit = row.estimate.hourly.capacityUnit;
  const weekCost = data.reduce((s, d) => s + d.costUsd, 0);
  const capacityTicks = niceTicksFor(
    data.map((d) => d.capacity),
    5,
    unit === 'instances',
  );
  const costTicks = niceTicksFor(data.map((d) => d.costUsd));
  const costDigits = tickDigits(costTicks);
  const capacityDigits = tickDigits(capacityTicks);
  return (
    <figure className="chart" data-testid="chart-hourly">
      <h3>The week hour by hour</h3>
      <label htmlFor={selectId}>Design </label>
      <select id={selectId} value={row.id} onChange={(e) => comparison.setHourlyDesign(Number(e.target.value))}>
        {comparison.rows.map((r) => (
          <option key={r.id} value={r.id}>
            {r.design.name}
          </option>
        ))}
      </select>
      <ChartArea height={260}>
        <ComposedChart
          title="Capacity and cost by hour of the week (arrow keys move through the hours)"
          data={data}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis {...WEEK_X_AXIS} />
          <YAxis
            yAxisId="capacity"
            width={48}
            ticks={capacityTicks}
            domain={[0, capacityTicks[capacityTicks.length - 1]!]}
            tickFormatter={(v: number) => numberTick(v, capacityDigits)}
          />
          <YAxis
            yAxisId="cost"
            orientation="right"
            width={64}
            ticks={costTicks}
            domain={[0, costTicks[costTicks.length - 1]!]}
            tickFormatter={(v: number) => usdTick(v, costDigits)}
          />
          <Tooltip
            labelFormatter={(_, p) => String(p?.[0]?.payload?.label ?? '')}
            formatter={(v, name) =>
              name === 'cost per hour' ? formatUnitCost(v as number) : formatNumber(v as number, 2)
            }
          />
          <Legend />
          <Bar
            yAxisId="capacity"
            dataKey="capacity"
            name={unit === 'none' ? 'capacity' : unit}
            fill={colourOf(row.id)}
            fillOpacity={0.55}
            isAnimationActive={false}
          />
          <Line
            yAxisId="cost"
            dataKey="costUsd"
            name="cost per hour"
            stroke="var(--text)"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ChartArea>
      <figcaption>
        {row.design.name}: up to {formatNumber(Math.max(0, ...row.estimate.hourly.capacity), 2)}{' '}
        {unit === 'none' ? '' : unit} in service; {formatUsd(weekCost)} a week of usage.
      </figcaption>
    </figure>
  );
});
