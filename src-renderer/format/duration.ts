/**
 * Durations as people read them: a request's latency in milliseconds or seconds, a batch job's in
 * minutes or hours ("1.5 h", not "5,400,000 ms").
 */
import { formatNumber } from './money';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** A duration given in milliseconds, in the largest unit (ms, s, min, h) it reaches, with at most 1 decimal. */
export function formatDurationMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < SECOND) return `${formatNumber(ms, 0)} ms`;
  if (ms < MINUTE) return `${formatNumber(ms / SECOND, 1)} s`;
  if (ms < HOUR) return `${formatNumber(ms / MINUTE, 1)} min`;
  return `${formatNumber(ms / HOUR, 1)} h`;
}
