/**
 * The traffic presets as 168-hour shapes (Monday 00:00 first), each scaled so its peak hour is 1.
 * The shapes are modelling choices, documented here so a user can see what "business hours" means;
 * a workload that does not fit one should use an hourly profile instead.
 */
import type { TrafficPreset } from '../model';
import { HOURS_PER_WEEK } from '../results';

/** Hour of day (0-23) and day of week (0 = Monday) of hour `h` of the week. */
function hourOfDay(h: number): number {
  return h % 24;
}
function dayOfWeek(h: number): number {
  return Math.floor(h / 24);
}

/** Traffic a shape keeps outside its busy hours, as a share of the peak. */
const TRICKLE = 0.1;

type Shape = (h: number) => number;

/** Each preset's shape: relative traffic of hour h of the week, peak 1. */
const SHAPES: Record<TrafficPreset, { describe: string; shape: Shape }> = {
  steady: { describe: 'the same rate every hour', shape: () => 1 },
  'business-hours': {
    describe: 'weekdays 09:00-18:00 at the peak; 10% of the peak at night and at weekends',
    shape: (h) => (dayOfWeek(h) < 5 && hourOfDay(h) >= 9 && hourOfDay(h) < 18 ? 1 : TRICKLE),
  },
  diurnal: {
    describe: 'a daily wave: peak at 15:00, 10% of the peak at 03:00, every day',
    shape: (h) => 0.55 + 0.45 * Math.cos((2 * Math.PI * (hourOfDay(h) - 15)) / 24),
  },
  spiky: {
    describe: '10% of the peak, with one-hour spikes to the peak at irregular times (about 1 hour in 9)',
    // A fixed pseudo-random pattern so estimates are reproducible.
    shape: (h) => ((h * 37 + 11) % 9 === 0 ? 1 : TRICKLE),
  },
  'predictable-bursts': {
    describe: 'bursts to the peak every day 08:00-10:00 and 17:00-19:00; 10% of the peak otherwise',
    shape: (h) => {
      const d = hourOfDay(h);
      return (d >= 8 && d < 10) || (d >= 17 && d < 19) ? 1 : TRICKLE;
    },
  },
  intermittent: {
    describe: 'idle most of the time: active 2 hours a day at the peak (10:00 and 15:00), no traffic otherwise',
    shape: (h) => (hourOfDay(h) === 10 || hourOfDay(h) === 15 ? 1 : 0),
  },
  'nightly-batch': {
    describe: 'every night 01:00-05:00 at the peak; no traffic otherwise',
    shape: (h) => (hourOfDay(h) >= 1 && hourOfDay(h) < 5 ? 1 : 0),
  },
};

/** Every preset's 168 hourly values, worked out once when the module loads; frozen, so shared safely. */
const WEEK_SHAPES = Object.fromEntries(
  (Object.keys(SHAPES) as TrafficPreset[]).map((preset) => [
    preset,
    Object.freeze(Array.from({ length: HOURS_PER_WEEK }, (_, h) => SHAPES[preset].shape(h))),
  ]),
) as Readonly<Record<TrafficPreset, ReadonlyArray<number>>>;

/** The 168-hour relative shape of a preset (peak = 1), Monday 00:00 first; read-only. */
export function presetShape(preset: TrafficPreset): ReadonlyArray<number> {
  return WEEK_SHAPES[preset];
}

/**
 * The weekly averages a preset can take with a given peak, as shares of the peak: at least its peak
 * hours alone (every other hour at zero), at most the peak itself (every hour at the peak).
 */
export function presetAverageShares(preset: TrafficPreset): { low: number; high: number } {
  const shape = WEEK_SHAPES[preset];
  return { low: shape.filter((s) => s === 1).length / HOURS_PER_WEEK, high: 1 };
}

/** A one-line description of what the preset means, for the UI and exports. */
export function describePreset(preset: TrafficPreset): string {
  return SHAPES[preset].describe;
}
