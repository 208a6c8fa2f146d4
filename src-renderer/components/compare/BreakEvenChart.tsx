import { observer } from 'mobx-react-lite';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useStores } from '../../stores/context';
import { ChartArea } from './ChartArea';
import { formatNumber, formatUsd } from '../../format/money';
import { niceTicksFor, tickDigits, usdTick } from '../../format/niceTicks';
import { useDesignColours } from './useDesignColours';

/** For each design with a commitment: cumulative cost over the term, committed against on-demand. */
export const BreakEvenChart = observer(function BreakEvenChart() {
  const { comparison } = useStores();
  const series = comparison.breakEvenSeries;
  const colourOf = useDesignColours();
  if (series.length === 0)
    return (
      <figure className="chart" data-testid="chart-break-even">
        <h3>Commitment break-even</h3>
        <figcaption>
          No design uses a Savings Plan or reserved instances: choose one in the Ways to pay step.
        </figcaption>
      </figure>
    );
  return (
    <figure className="chart" data-testid="chart-break-even">
      <h3>Commitment break-even</h3>
      {series.map((s) => {
        const ticks = niceTicksFor(s.data.flatMap((d) => [d.onDemandUsd, d.committedUsd]));
        const digits = tickDigits(ticks);
        return (
          <div key={s.id}>
            <h4>{s.name}</h4>
            <ChartArea height={220}>
              <LineChart
                // One chart per design: its accessible name says which design it shows.
                title={`Cumulative cost of “${s.name}” by month, committed against on-demand (arrow keys move through the months)`}
                data={s.data}
                margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" tickFormatter={(m: number) => `${m} mo`} />
                <YAxis
                  width={64}
                  ticks={ticks}
                  domain={[0, ticks[ticks.length - 1]!]}
                  tickFormatter={(v: number) => usdTick(v, digits)}
                />
                <Tooltip labelFormatter={(m) => `Month ${m}`} formatter={(v) => formatUsd(v as number)} />
                <Legend />
                <Line
                  dataKey="onDemandUsd"
                  name="On-demand, cumulative"
                  stroke="var(--muted)"
                  strokeDasharray="6 4"
                  dot={false}
                  isAnimationActive={false}
                />
                <Line
                  dataKey="committedUsd"
                  name={`${s.name}, cumulative`}
                  stroke={colourOf(s.id)}
                  strokeWidth={2}
                  dot={false}
                  isAnimationActive={false}
                />
              </LineChart>
            </ChartArea>
            <figcaption>
              {s.name}:{' '}
              {s.months === null
                ? 'the commitment never pays back against on-demand'
                : s.months === 0
                  ? 'no upfront payment: the two cumulative lines start together and the lower one is cheaper every month'
                  : `the upfront payment is recovered after ${formatNumber(s.months, 1)} months`}
              .
            </figcaption>
          </div>
        );
      })}
    </figure>
  );
});
