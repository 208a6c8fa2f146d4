/**
 * The hours of the week as the charts label them (Monday 00:00 first): "Tue 09:00", day ticks on the
 * x axis, and y-axis ticks from the nice-tick rule, shared by every chart drawn over the week.
 */
import { niceTicksFor, numberTick, tickDigits } from './niceTicks';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Tue 09:00" for hour 33 of the week. */
export function hourLabel(hour: number): string {
  return `${DAYS[Math.floor(hour / 24)]} ${String(hour % 24).padStart(2, '0')}:00`;
}

/** Props of an x axis over the 168 hours, one tick per day ("Mon" … "Sun"). */
export const WEEK_X_AXIS = {
  dataKey: 'hour',
  ticks: [0, 24, 48, 72, 96, 120, 144],
  tickFormatter: (h: number) => DAYS[Math.floor(h / 24)] ?? '',
} as const;

/** Props of a y axis from 0 with nice ticks covering `values`. */
export function niceYAxis(values: ReadonlyArray<number>, count = 4) {
  const ticks = niceTicksFor(values, count);
  const digits = tickDigits(ticks);
  return {
    width: 48,
    ticks,
    domain: [0, ticks[ticks.length - 1]!] as [number, number],
    tickFormatter: (v: number) => numberTick(v, digits),
  };
}
