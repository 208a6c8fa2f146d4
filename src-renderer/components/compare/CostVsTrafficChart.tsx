import { observer } from 'mobx-react-lite';
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import { costUnavailableReason } from '@shared/domain';
import { useStores } from '../../stores/context';
import { ChartArea } from './ChartArea';
import { formatCompact, formatUsd } from '../../format/money';
import { niceTicksFor, tickDigits, usdTick } from '../../format/niceTicks';
import { useDesignColours } from './useDesignColours';
import { TrafficAxisChoice, useTrafficAxis } from './CrossoverAxis';

/** Monthly cost against traffic volume (1/10 to 10 times the workload), with the crossover points marked. */
export const CostVsTrafficChart = observer(function CostVsTrafficChart() {
  const { comparison } = useStores();
  const colourOf = useDesignColours();
  // Requests a month, or output tokens a month (requests × output tokens per request) when chosen.
  const axis = useTrafficAxis();
  // A design whose cost is unavailable (e.g. Bedrock without token counts) gets no line: a flat $0 is not its cost.
  const unpriced = comparison.rows.filter((r) => r.estimate && costUnavailableReason(r.estimate) !== null);
  const rows = comparison.rows.filter((r) => !unpriced.includes(r));
  const hidden = new Set(unpriced.map((r) => r.design.name));
  const data = comparison.curveData;
  const ticks = niceTicksFor(data.flatMap((d) => rows.map((r) => d[`d${r.id}`])));
  const digits = tickDigits(ticks);
  const crossovers = comparison.crossovers.filter((c) => !hidden.has(c.cheaperAbove) && !hidden.has(c.cheaperBelow));
  return (
    <figure className="chart" data-testid="chart-cost-traffic">
      <h3>Monthly cost against traffic volume</h3>
      <TrafficAxisChoice />
      <ChartArea height={300}>
        <LineChart
          title="Monthly cost against traffic volume (arrow keys move through the points)"
          data={data}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey={(d: { requestsPerMonth: number }) => axis.x(d.requestsPerMonth)}
            type="number"
            scale="log"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(v: number) => formatCompact(v)}
          />
          <YAxis
            width={64}
            ticks={ticks}
            domain={[0, ticks[ticks.length - 1]!]}
            tickFormatter={(v: number) => usdTick(v, digits)}
          />
          <Tooltip
            labelFormatter={(v) => `${formatCompact(Number(v))} ${axis.unit}`}
            formatter={(v, name) => [formatUsd(v as number), String(name)]}
          />
          <Legend />
          {rows.map((r) => (
            <Line
              key={r.id}
              dataKey={`d${r.id}`}
              // The series' name (legend, tooltip, the legend icon's accessible name) is the design's.
              name={r.design.name}
              stroke={colourOf(r.id)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          ))}
          {crossovers.map((c, i) => (
            <ReferenceDot
              key={i}
              x={axis.x(c.requestsPerMonth)}
              y={c.monthlyUsd}
              r={5}
              fill="var(--panel)"
              stroke="var(--text)"
            />
          ))}
        </LineChart>
      </ChartArea>
      <figcaption>
        {unpriced.length > 0 && (
          <span data-testid="curve-unpriced">
            Not drawn, cost unavailable: {unpriced.map((r) => r.design.name).join(', ')}.{' '}
          </span>
        )}
        {crossovers.length === 0
          ? 'No crossover between designs from 1/10 to 10 times the traffic.'
          : crossovers.map((c, i) => (
              <span key={i} className="crossover" data-testid="crossover">
                At {formatCompact(axis.x(c.requestsPerMonth))} {axis.unit} ({formatUsd(c.monthlyUsd)}), {c.cheaperAbove}{' '}
                becomes cheaper than {c.cheaperBelow}.{' '}
              </span>
            ))}
      </figcaption>
    </figure>
  );
});
