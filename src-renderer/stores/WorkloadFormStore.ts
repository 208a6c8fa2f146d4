/**
 * The workload step's form: what the user typed in each field (kept as typed, even when invalid),
 * the message next to each invalid field, and the project's workload, which only ever takes valid
 * values. Validation is the domain's (`validateWorkload`) on top of per-field number rules.
 */
import { makeAutoObservable, observable, reaction, toJS } from 'mobx';
import type { TrafficPreset, Workload } from '@shared/project/schema';
import {
  validateWorkload,
  workloadTotals,
  type WorkloadTotals,
  expandTraffic,
  weekOf,
  describePreset,
  trafficProblem,
} from '@shared/domain';
import type { ProjectStore } from './ProjectStore';
import { numberText, parseField } from './numberInput';
import { requirementWords } from '../format/problemWords';
import { parseHourlyProfile, profileText } from './hourlyProfile';
import { WORKLOAD_NUMBER_FIELDS, workloadField, type WorkloadNumberFieldId } from './workloadFields';

export type TrafficChoice = TrafficPreset | 'hourly' | 'batch';
/** What a preset's rate means: the peak hour, the weekly average, or the peak with an average as well. */
export type RateBasis = 'peak' | 'average' | 'peak-and-average';
type FlagName = 'needsGpu' | 'interruptible' | 'datasetAvailableUpfront';

const PROFILE = 'profile';
type DraftKey = WorkloadNumberFieldId | typeof PROFILE;
/** Drafts that describe the traffic: dropped when the pattern changes. */
const TRAFFIC_KEYS: ReadonlyArray<DraftKey> = [
  'requestsPerSecond',
  'averageRequestsPerSecond',
  'recordsPerRun',
  'runsPerMonth',
  'windowHours',
  'startHour',
  PROFILE,
];

export class WorkloadFormStore {
  /** Text as typed, per field; absent = the field shows the project's value. */
  readonly drafts = observable.map<DraftKey, string>();
  /** The message next to each invalid field. */
  readonly errors = observable.map<DraftKey, string>();
  /** The field typed last: a rule across two fields (peak and average) names it. */
  private lastTyped: DraftKey | null = null;

  constructor(private readonly project: ProjectStore) {
    makeAutoObservable<WorkloadFormStore, 'project' | 'lastTyped'>(this, { project: false, lastTyped: false });
    // Another project opened: what was typed for the old one no longer applies.
    reaction(
      () => this.project.current,
      () => this.clearDrafts(),
    );
  }

  get workload(): Workload {
    return this.project.current.workload;
  }

  /** The project's default region. */
  get region(): string {
    return this.project.current.region;
  }

  get pattern(): TrafficChoice {
    return this.workload.traffic.pattern;
  }

  get presetDescription(): string | null {
    const t = this.workload.traffic;
    if (t.pattern === 'batch')
      return `${t.recordsPerRun.toLocaleString('en-US')} records per run, ${t.runsPerMonth} runs a month, each within ${t.windowHours} h from ${String(t.startHour ?? 1).padStart(2, '0')}:00.`;
    return t.pattern === 'hourly' ? null : describePreset(t.pattern);
  }

  /** The text a number field shows: the draft while it is invalid or still means the project's value. */
  text(id: WorkloadNumberFieldId): string {
    const field = workloadField(id);
    const current = field.get(this.workload);
    const draft = this.drafts.get(id);
    if (draft === undefined) return numberText(current);
    if (this.errors.has(id)) return draft;
    const parsed = parseField(field, draft);
    return parsed.ok && parsed.value === current ? draft : numberText(current);
  }

  error(id: DraftKey): string | undefined {
    return this.errors.get(id);
  }

  /** The hourly profile's text: the draft while invalid or current, else the project's values, one per line. */
  get profileText(): string {
    const t = this.workload.traffic;
    const current = t.pattern === 'hourly' ? t.requestsPerSecond : [];
    const draft = this.drafts.get(PROFILE);
    if (draft === undefined) return profileText(current);
    if (this.errors.has(PROFILE)) return draft;
    const parsed = parseHourlyProfile(draft);
    return parsed.ok && parsed.values.join() === current.join() ? draft : profileText(current);
  }

  /**
   * What the last valid traffic was, when the chart cannot show what is typed (an invalid rate or
   * profile): the chart and the figures keep it, and say so. Null while the traffic typed is valid.
   */
  get trafficNote(): string | null {
    const t = this.workload.traffic;
    if (t.pattern === 'hourly' && this.errors.has(PROFILE))
      return `The chart shows ${this.lastValidProfileSummary}: the profile typed is not valid yet.`;
    if (t.pattern !== 'hourly' && t.pattern !== 'batch' && this.errors.has('requestsPerSecond'))
      return `The chart shows the last valid rate, ${numberText(t.requestsPerSecond)} requests/s: the rate typed is not valid yet.`;
    if (t.pattern !== 'hourly' && t.pattern !== 'batch' && this.errors.has('averageRequestsPerSecond'))
      return `The chart shows the last valid average, ${numberText(t.averageRequestsPerSecond ?? 0)} requests/s: the average typed is not valid yet.`;
    if (t.pattern === 'batch' && TRAFFIC_KEYS.some((k) => this.errors.has(k)))
      return 'The chart shows the last valid batch job: a field typed is not valid yet.';
    return null;
  }

  /** The hourly profile the project holds, in words ("the last valid profile, 24 values, peak 12 requests/s"). */
  get lastValidProfileSummary(): string | null {
    const t = this.workload.traffic;
    if (t.pattern !== 'hourly') return null;
    return `the last valid profile (${t.requestsPerSecond.length} values, peak ${numberText(Math.max(...t.requestsPerSecond))} requests/s)`;
  }

  /** What was left out of the pasted profile (a header cell), for a note under it; null when nothing. */
  get profileNote(): string | null {
    const draft = this.drafts.get(PROFILE);
    if (draft === undefined || this.errors.has(PROFILE)) return null;
    const parsed = parseHourlyProfile(draft);
    return parsed.ok ? (parsed.note ?? null) : null;
  }

  /** Requests per second in each of the 168 hours of the week (Monday 00:00 first), for the chart. */
  get weekRps(): number[] {
    return Array.from(expandTraffic(toJS(this.workload.traffic)));
  }

  get totals(): WorkloadTotals {
    return workloadTotals({ ...this.workload, traffic: toJS(this.workload.traffic) });
  }

  setNumber(id: WorkloadNumberFieldId, text: string): void {
    this.lastTyped = id;
    this.drafts.set(id, text);
    this.revalidate();
  }

  /** Typed or pasted hourly values (a spreadsheet column, a row, or a list). */
  setProfileText(text: string): void {
    this.drafts.set(PROFILE, text);
    this.revalidate();
  }

  /** Switches between presets and an hourly profile, keeping the traffic's size. */
  setPattern(choice: TrafficChoice): void {
    const t = toJS(this.workload.traffic);
    for (const key of TRAFFIC_KEYS) {
      this.drafts.delete(key);
      this.errors.delete(key);
    }
    if (choice === t.pattern) return;
    if (choice === 'hourly') {
      // Start from the current shape, so the user edits the hours rather than typing 168 values.
      const values = Array.from(expandTraffic(t), (v) => Number(v.toPrecision(6)));
      const daily = values.slice(0, 24);
      const repeatsDaily = values.every((v, h) => v === daily[h % 24]);
      this.project.edit(
        (p) => (p.workload.traffic = { pattern: 'hourly', requestsPerSecond: repeatsDaily ? daily : values }),
      );
      return;
    }
    if (choice === 'batch') {
      // A nightly job of the same monthly volume: 30 runs, a 4-hour window from 01:00.
      const recordsPerRun = Math.max(1, Math.round(weekOf({ traffic: t }).requestsPerMonth / 30));
      this.project.edit(
        (p) =>
          (p.workload.traffic = { pattern: 'batch', recordsPerRun, runsPerMonth: 30, windowHours: 4, startHour: 1 }),
      );
      return;
    }
    if (t.pattern === 'hourly' || t.pattern === 'batch') {
      this.project.edit(
        (p) => (p.workload.traffic = { pattern: choice, requestsPerSecond: weekOf({ traffic: t }).peakRps }),
      );
      return;
    }
    // The same rates on the new shape; an average the new shape cannot have is dropped (the select
    // then shows "peak hour", so nothing is priced that the form does not show).
    const next = { ...t, pattern: choice };
    if (trafficProblem(next)) delete next.averageRequestsPerSecond;
    this.project.edit((p) => (p.workload.traffic = next));
  }

  /** What a preset's rate means: its peak hour, its weekly average, or the peak with the average given too. */
  get basis(): RateBasis {
    const t = this.workload.traffic;
    if (t.pattern === 'hourly' || t.pattern === 'batch') return 'peak';
    return t.averageRequestsPerSecond !== undefined ? 'peak-and-average' : (t.basis ?? 'peak');
  }

  /** Sets what the rate means; "peak and average" starts from the average the chart shows now. */
  setBasis(basis: RateBasis): void {
    const t = toJS(this.workload.traffic);
    if (t.pattern === 'hourly' || t.pattern === 'batch') return;
    this.drafts.delete('averageRequestsPerSecond');
    this.errors.delete('averageRequestsPerSecond');
    const { averageRequestsPerSecond: _average, basis: _basis, ...rest } = t;
    if (basis === 'peak-and-average') {
      const week = weekOf({ traffic: t });
      const average = Number(week.averageRps.toPrecision(6));
      this.project.edit(
        (p) => (p.workload.traffic = { ...rest, requestsPerSecond: week.peakRps, averageRequestsPerSecond: average }),
      );
    } else this.project.edit((p) => (p.workload.traffic = basis === 'average' ? { ...rest, basis } : rest));
  }

  setFlag(name: FlagName, value: boolean): void {
    this.project.edit((p) => {
      if (name === 'datasetAvailableUpfront' && !value) delete p.workload.datasetAvailableUpfront;
      else p.workload[name] = value;
    });
  }

  setCommitmentYears(years: 0 | 1 | 3): void {
    this.project.edit((p) => (p.workload.commitmentYears = years));
  }

  setRegion(region: string): void {
    this.project.edit((p) => (p.region = region));
  }

  clearDrafts(): void {
    this.drafts.clear();
    this.errors.clear();
  }

  /**
   * Checks every draft against its rule and the domain's workload validation, shows the messages,
   * and commits the drafts that are valid (together, so a pair rule such as "both token counts or
   * neither" is met once both are typed).
   */
  private revalidate(): void {
    const errors = new Map<DraftKey, string>();
    const parsed = new Map<DraftKey, number | undefined | number[]>();
    for (const [key, text] of this.drafts) {
      if (key === PROFILE) {
        if (this.pattern !== 'hourly') continue;
        const p = parseHourlyProfile(text);
        if (p.ok) parsed.set(key, p.values);
        else errors.set(key, p.message);
        continue;
      }
      const field = workloadField(key);
      const p = parseField(field, text);
      if (p.ok) parsed.set(key, p.value);
      else errors.set(key, p.message);
    }
    const problems = this.problemsWith(parsed);
    for (const problem of problems) {
      const owner = this.ownerOf(problem.path, parsed);
      if (owner && parsed.has(owner) && !errors.has(owner)) errors.set(owner, requirementWords(problem.message));
    }
    const good = new Map([...parsed].filter(([key]) => !errors.has(key)));
    if (good.size > 0 && this.problemsWith(good).length === 0 && this.changes(good)) {
      const keys = [...good.keys()];
      const label = keys.map((k) => (k === PROFILE ? 'Hourly profile' : workloadField(k).label)).join(', ');
      this.project.edit((p) => this.apply(p.workload, good), { coalesce: `workload:${keys.join()}`, label });
    }
    this.errors.replace(errors);
  }

  private problemsWith(values: Map<DraftKey, number | undefined | number[]>): Array<{ path: string; message: string }> {
    const candidate = toJS(this.workload);
    this.apply(candidate, values);
    const result = validateWorkload(candidate);
    return result.ok ? [] : result.problems;
  }

  /** True when applying the values would change the workload (no edit, no dirty flag, otherwise). */
  private changes(values: Map<DraftKey, number | undefined | number[]>): boolean {
    const candidate = toJS(this.workload);
    this.apply(candidate, values);
    return JSON.stringify(candidate) !== JSON.stringify(toJS(this.workload));
  }

  private apply(w: Workload, values: Map<DraftKey, number | undefined | number[]>): void {
    for (const [key, value] of values) {
      if (key === PROFILE) w.traffic = { pattern: 'hourly', requestsPerSecond: value as number[] };
      else workloadField(key).set(w, value as number | undefined);
    }
  }

  private ownerOf(path: string, typed: ReadonlyMap<DraftKey, unknown>): DraftKey | undefined {
    if (path.startsWith('traffic.requestsPerSecond')) return this.pattern === 'hourly' ? PROFILE : 'requestsPerSecond';
    // Peak and average are checked together: the message goes to the one typed last.
    if (path === 'traffic.averageRequestsPerSecond')
      return typed.has('averageRequestsPerSecond') && this.lastTyped !== 'requestsPerSecond'
        ? 'averageRequestsPerSecond'
        : 'requestsPerSecond';
    return WORKLOAD_NUMBER_FIELDS.find(
      (f) => path === f.path || path.startsWith(`${f.path}.`) || path.startsWith(`${f.path}[`),
    )?.id;
  }
}
