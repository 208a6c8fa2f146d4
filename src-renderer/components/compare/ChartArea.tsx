import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * Width a chart is drawn at before its container is measured, and where the container cannot be
 * measured at all (no ResizeObserver, as in jsdom tests): a fixed size, so the chart still renders
 * and recharts does not warn about a zero size.
 */
export const FALLBACK_CHART_WIDTH = 720;

/** A chart that fills its container's width at a fixed height (recharts' ResponsiveContainer). */
export function ChartArea({ height, children }: { height: number; children: ReactElement }) {
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      minWidth={0}
      initialDimension={{ width: FALLBACK_CHART_WIDTH, height }}
      className="chart-area"
    >
      {children}
    </ResponsiveContainer>
  );
}
