/**
 * A provisioned-concurrency schedule for predictable bursts: provisioned concurrency only in the hours
 * where on-demand cold starts would break the latency percentile, sized so the spill-over past it
 * stays a small part of what the percentile allows. Billed only for those hours (see schedule.ts).
 */
import { HOURS_PER_WEEK } from '../results';
import type { ServerlessColdStartOptions } from './coldStarts';
import { serverlessLatency, type LatencyRequirement } from './designLatency';
import { provisionedSchedule } from './schedule';
import { sizeConcurrency } from './throttling';

/** Inputs of the proposal: the serverless design's traffic, duration, limits and model. */
export interface PcProposalInput {
  rps: ArrayLike<number>;
  inferenceMs: number;
  modelSizeGB: number;
  /** The concurrency limit; provisioned concurrency cannot exceed it. */
  concurrencyLimit: number;
  coldStarts?: ServerlessColdStartOptions | undefined;
}

/** A proposed schedule: 24 values when every day is alike, else 168; or why none meets the target. */
export type PcProposal = { ok: true; schedule: number[]; countHoursPerMonth: number } | { ok: false; message: string };

const ROUNDS = 4;

/**
 * Proposes hourly provisioned concurrency for a target: hours whose percentile is set by cold starts
 * get the concurrency that keeps their spill-over under a quarter of 1 − percentile (then a tenth of
 * that, if scale-up at the edges still breaks it). An all-zero schedule means none is needed.
 */
export function proposeProvisionedSchedule(
  input: PcProposalInput,
  req: LatencyRequirement & { targetMs: number },
): PcProposal {
  const pc = new Array<number>(HOURS_PER_WEEK).fill(0);
  const duration = input.inferenceMs / 1000;
  let spill = (1 - req.percentile / 100) / 4;
  for (let round = 0; round < ROUNDS; round++) {
    const d = serverlessLatency(
      {
        rps: input.rps,
        inferenceMs: input.inferenceMs,
        modelSizeGB: input.modelSizeGB,
        concurrencyLimit: input.concurrencyLimit,
        limitName: 'concurrency',
        key: 'serverless',
        provisioned: provisionedSchedule(pc, input.rps),
        coldStarts: input.coldStarts,
      },
      req,
    );
    const cold = d.weekly.failures.find((f) => f.cause === 'cold-start');
    const other = d.weekly.failures.find((f) => f.cause !== 'cold-start');
    if (other) return { ok: false, message: d.weekly.message ?? 'the target cannot be met' };
    if (!cold) return finish(pc, input.rps);
    for (const h of cold.hours) {
      const sized = sizeConcurrency(input.rps[h]!, duration, spill, input.concurrencyLimit);
      if (!sized.ok)
        return {
          ok: false,
          message: `keeping cold starts out of the p${req.percentile} needs more provisioned concurrency than the limit of ${input.concurrencyLimit}`,
        };
      pc[h] = Math.max(pc[h]!, sized.concurrency, 1);
    }
    spill /= 10;
  }
  return { ok: false, message: 'no provisioned-concurrency schedule found that keeps cold starts within the target' };
}

function finish(pc: number[], rps: ArrayLike<number>): PcProposal {
  const daily = pc.every((v, h) => v === pc[h % 24]);
  const schedule = daily ? pc.slice(0, 24) : pc;
  return { ok: true, schedule, countHoursPerMonth: provisionedSchedule(schedule, rps).countHoursPerMonth };
}
