import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import type { TrafficAxis } from '../../stores/SelfHostStore';

/** How the cost-versus-traffic chart places a point: its x value and the unit in words. */
export interface AxisScale {
  x(requestsPerMonth: number): number;
  unit: string;
}

/** The chart's traffic measure: requests a month, or output tokens a month (× output tokens per request). */
export function useTrafficAxis(): AxisScale {
  const { selfHost } = useStores();
  const tokens = selfHost.outputTokensPerRequest;
  if (selfHost.axis === 'output-tokens' && tokens !== null)
    return { x: (r) => r * tokens, unit: 'output tokens a month' };
  return { x: (r) => r, unit: 'requests a month' };
}

/** The choice of traffic measure, shown only when the workload has output tokens per request. */
export const TrafficAxisChoice = observer(function TrafficAxisChoice() {
  const { selfHost } = useStores();
  if (selfHost.outputTokensPerRequest === null) return null;
  const option = (value: TrafficAxis, label: string) => (
    <label className="radio">
      <input
        type="radio"
        name="traffic-axis"
        value={value}
        checked={selfHost.axis === value}
        onChange={() => selfHost.setTrafficAxis(value)}
        data-testid={`traffic-axis-${value}`}
      />{' '}
      {label}
    </label>
  );
  return (
    <fieldset className="radio-row traffic-axis">
      <legend>Traffic in</legend>
      {option('requests', 'requests a month')}
      {option('output-tokens', 'output tokens a month')}
    </fieldset>
  );
});
