/**
 * Editing capacity as a schedule on the Ways-to-pay step: provisioned concurrency (one count all
 * month, a count per hour of the day or of the week, 24 or 168 values, or a count for a number of
 * hours a month, a launch day) and an autoscaled fleet's minimum instances (one count, or by hour).
 * What is typed stays as typed with its message until it is valid; the design takes only valid
 * schedules (the hosting schema decides), through the project's undo.
 */
import { makeAutoObservable, observable, toJS } from 'mobx';
import { hostingDefinition } from '@shared/domain';
import type { Design, Hosting } from '@shared/project/schema';
import { requirementWords } from '../format/problemWords';
import type { DesignsStore } from './DesignsStore';
import { parseHourlyProfile, profileText } from './hourlyProfile';
import { numberText, parseNumberInput } from './numberInput';
import type { ProjectStore } from './ProjectStore';

/** How provisioned concurrency is given: none, one count all month, by hour, or for some hours a month. */
export type ScheduleMode = 'none' | 'always' | 'by-hour' | 'hours-a-month';
/** The parts of a schedule typed separately. */
export type SchedulePart = 'hours' | 'count' | 'hoursPerMonth';

type Provisioned = number | number[] | { count: number; hoursPerMonth: number };
type WithPc = Extract<Hosting, { provisionedConcurrency?: unknown }>;
/** What a schedule sets: provisioned concurrency, or the autoscaling minimum of an instance fleet. */
export type ScheduleTarget = 'provisioned' | 'minimum';
type Autoscaled = Hosting & { autoscaling: { min: number | number[] } };

/** Whether a design's fleet is autoscaled (it has a minimum to schedule). */
export function hasAutoscalingMinimum(h: Hosting): h is Autoscaled {
  return 'autoscaling' in h && h.autoscaling !== undefined;
}

/** Whether a design's hosting takes provisioned concurrency (serverless inference, Lambda). */
export function takesProvisionedConcurrency(h: Hosting): h is WithPc {
  return h.type === 'sagemaker-serverless' || h.type === 'lambda';
}

export class ScheduleStore {
  /** Text as typed per design and part (while it is invalid, or still means the design's value). */
  readonly drafts = observable.map<string, string>();
  readonly errors = observable.map<string, string>();

  constructor(
    private readonly project: ProjectStore,
    private readonly designs: DesignsStore,
  ) {
    makeAutoObservable<ScheduleStore, 'project' | 'designs'>(this, { project: false, designs: false });
  }

  /** The design's schedule as the file has it (0 when absent). */
  provisionedOf(design: Design, target: ScheduleTarget = 'provisioned'): Provisioned {
    const h = design.hosting;
    if (target === 'minimum') return hasAutoscalingMinimum(h) ? toJS(h.autoscaling.min) : 0;
    return takesProvisionedConcurrency(h) ? (toJS(h.provisionedConcurrency) ?? 0) : 0;
  }

  modeOf(design: Design, target: ScheduleTarget = 'provisioned'): ScheduleMode {
    const v = this.provisionedOf(design, target);
    if (target === 'minimum') return Array.isArray(v) ? 'by-hour' : 'always';
    if (Array.isArray(v)) return 'by-hour';
    if (typeof v === 'object') return 'hours-a-month';
    return v > 0 ? 'always' : 'none';
  }

  /** The concurrency on in each of the 168 hours of the week; for "hours a month", its count (on in the busiest hours). */
  weekCounts(design: Design, target: ScheduleTarget = 'provisioned'): number[] {
    const v = this.provisionedOf(design, target);
    if (Array.isArray(v)) return Array.from({ length: 168 }, (_, h) => v[h % v.length]!);
    return new Array<number>(168).fill(typeof v === 'object' ? v.count : v);
  }

  /** Switches the form of the schedule, keeping the count that is on now (nothing priced changes until edited). */
  setMode(design: Design, mode: ScheduleMode, target: ScheduleTarget = 'provisioned'): void {
    const v = this.provisionedOf(design, target);
    const peak = Array.isArray(v) ? Math.max(...v) : typeof v === 'object' ? v.count : v;
    const next: Provisioned | undefined =
      target === 'minimum'
        ? mode === 'by-hour'
          ? new Array<number>(24).fill(peak)
          : peak
        : mode === 'none'
          ? undefined
          : mode === 'always'
            ? Math.max(1, peak)
            : mode === 'by-hour'
              ? new Array<number>(24).fill(peak)
              : { count: Math.max(1, peak), hoursPerMonth: 730 };
    for (const part of ['hours', 'count', 'hoursPerMonth'] as const) this.clear(design, part, target);
    this.commit(design, next, 'mode', target);
  }

  /** The text a part shows: the draft while invalid or current, else the design's value. */
  text(design: Design, part: SchedulePart, target: ScheduleTarget = 'provisioned'): string {
    const key = this.key(design, part, target);
    const draft = this.drafts.get(key);
    const v = this.provisionedOf(design, target);
    if (draft !== undefined) {
      if (this.errors.has(key)) return draft;
      // A valid draft shows only while it still means the design's value (not after an undo).
      const parsed = this.parse(design, part, draft, target);
      if (parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(v)) return draft;
    }
    if (part === 'hours') return Array.isArray(v) ? profileText(v) : '';
    if (typeof v === 'object' && !Array.isArray(v)) return numberText(v[part]);
    return part === 'count' && typeof v === 'number' ? numberText(v) : '';
  }

  error(design: Design, part: SchedulePart, target: ScheduleTarget = 'provisioned'): string | undefined {
    return this.errors.get(this.key(design, part, target));
  }

  /** A typed part: checked as a number (or 24/168 whole numbers) and by the hosting's schema; taken when valid. */
  set(design: Design, part: SchedulePart, text: string, target: ScheduleTarget = 'provisioned'): void {
    const key = this.key(design, part, target);
    this.drafts.set(key, text);
    const parsed = this.parse(design, part, text, target);
    if (!parsed.ok) return void this.errors.set(key, parsed.message);
    const problem = this.problem(design, parsed.value, target);
    if (problem) return void this.errors.set(key, problem);
    this.errors.delete(key);
    this.commit(design, parsed.value, part, target);
  }

  private parse(
    design: Design,
    part: SchedulePart,
    text: string,
    target: ScheduleTarget,
  ): { ok: true; value: Provisioned } | { ok: false; message: string } {
    if (part === 'hours') {
      const p = parseHourlyProfile(text);
      if (!p.ok) return p;
      if (p.values.some((n) => !Number.isInteger(n)))
        return {
          ok: false,
          message: `each hour takes a whole number of ${target === 'minimum' ? 'instances' : 'concurrent executions'}`,
        };
      return { ok: true, value: p.values };
    }
    const n = parseNumberInput(text, part === 'count' ? 'non-negative-integer' : 'non-negative', false, {
      unit: part !== 'count' ? 'hours' : target === 'minimum' ? 'instances' : 'concurrent executions',
    });
    if (!n.ok) return n;
    const v = this.provisionedOf(design, target);
    if (part === 'count' && typeof v === 'number') return { ok: true, value: n.value! };
    const current = typeof v === 'object' && !Array.isArray(v) ? v : { count: 1, hoursPerMonth: 730 };
    return { ok: true, value: { ...current, [part]: n.value! } };
  }

  /** What the hosting's schema says against the schedule, in the form's words; null when valid. */
  private problem(design: Design, value: Provisioned, target: ScheduleTarget): string | null {
    const candidate = this.withSchedule(design, value, target);
    const r = hostingDefinition(design.hosting.type).schema.safeParse(candidate);
    return r.success ? null : requirementWords(r.error.issues[0]!.message);
  }

  /** A copy of the design's hosting with the schedule set (absent: no provisioned concurrency). */
  private withSchedule(design: Design, value: Provisioned | undefined, target: ScheduleTarget): Hosting {
    const h = toJS(design.hosting);
    if (target === 'minimum' && hasAutoscalingMinimum(h))
      h.autoscaling = { ...h.autoscaling, min: value as number | number[] };
    else if (target === 'provisioned') {
      const pc = h as WithPc;
      if (value === undefined) delete pc.provisionedConcurrency;
      else pc.provisionedConcurrency = value as WithPc['provisionedConcurrency'];
    }
    return h;
  }

  /** Writes the schedule as one undo step per part edited (typing in one part coalesces). */
  private commit(
    design: Design,
    value: Provisioned | undefined,
    part: SchedulePart | 'mode',
    target: ScheduleTarget,
  ): void {
    const current = JSON.stringify(this.provisionedOf(design, target));
    if (current === JSON.stringify(value ?? 0)) return;
    const what = target === 'minimum' ? 'Minimum instances schedule' : 'Provisioned concurrency schedule';
    this.project.edit(() => (design.hosting = this.withSchedule(design, value, target)), {
      coalesce: `schedule:${this.designs.idOf(design)}:${target}:${part}`,
      label: `${what} of “${design.name}”`,
    });
  }

  private clear(design: Design, part: SchedulePart, target: ScheduleTarget): void {
    this.drafts.delete(this.key(design, part, target));
    this.errors.delete(this.key(design, part, target));
  }

  private key(design: Design, part: SchedulePart, target: ScheduleTarget): string {
    return `${this.designs.idOf(design)}:${target}:${part}`;
  }
}
