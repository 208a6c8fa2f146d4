/**
 * Serverless billing over the week with scheduled provisioned concurrency (PC): in each hour the mean
 * concurrency (arrival rate × duration, Little's law, as AWS's pricing examples bill it) runs on PC up
 * to the PC on in that hour, the rest on demand. PC capacity is billed for the hours it is on.
 */
import { SECONDS_PER_HOUR } from '../units';
import type { ProvisionedSchedule } from './schedule';

/** One endpoint's (or function's) week, split between PC and on demand. */
export interface ServerlessSplit {
  peakConcurrency: number;
  /** Weekly execution seconds served by PC. */
  pcSecondsPerWeek: number;
  /** Weekly execution seconds served on demand. */
  onDemandSecondsPerWeek: number;
  /** Each hour's execution seconds (per second of the hour) on PC and on demand, for hourly weights. */
  pcConcurrency: number[];
  onDemandConcurrency: number[];
}

/**
 * Splits each hour's mean concurrency between PC and on demand. `concurrencyOut` receives the hour's
 * mean concurrency; `scale` is one endpoint's share of the traffic. With PC on in some weeks of an
 * hour only (a count for H hours a month), the hour's PC share is weighted by how often it is on.
 */
export function splitServerlessWeek(
  rps: ArrayLike<number>,
  durationSeconds: number,
  schedule: ProvisionedSchedule,
  concurrencyOut: number[],
  scale = 1,
): ServerlessSplit {
  let peak = 0;
  let pcSeconds = 0;
  let odSeconds = 0;
  const pcConcurrency = new Array<number>(rps.length);
  const onDemandConcurrency = new Array<number>(rps.length);
  for (let h = 0; h < rps.length; h++) {
    const c = rps[h]! * scale * durationSeconds;
    concurrencyOut[h] = c;
    if (c > peak) peak = c;
    const on = schedule.onShareByHour[h]!;
    const countWhenOn = on > 0 ? schedule.billedByHour[h]! / on : 0;
    // Traffic that runs in some weeks only (a batch job) is busier while it runs; PC serves the weeks
    // in which both are on (for H hours a month on a batch job, PC is on exactly while it runs).
    const active = schedule.activeShareByHour?.[h] ?? 1;
    const both = Math.min(on, active);
    const onPc = both > 0 ? both * Math.min(c / active, countWhenOn) : 0;
    pcConcurrency[h] = onPc;
    onDemandConcurrency[h] = c - onPc;
    pcSeconds += onPc * SECONDS_PER_HOUR;
    odSeconds += (c - onPc) * SECONDS_PER_HOUR;
  }
  return {
    peakConcurrency: peak,
    pcSecondsPerWeek: pcSeconds,
    onDemandSecondsPerWeek: odSeconds,
    pcConcurrency,
    onDemandConcurrency,
  };
}
