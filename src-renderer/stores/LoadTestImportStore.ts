/**
 * Importing a load test into a design: the files come from the native open dialog (desktop, read by
 * the back end) or are uploaded by the page (web mode); the back end parses them (`loadtest.open`);
 * the person sees every measured point, picks one (the stated rule's choice is preselected), and the
 * design takes exactly the fields typing them would set (src-shared/loadtest/applyLoadTest).
 */
import { makeAutoObservable, runInAction } from 'mobx';
import type { InferCalcApi } from '@shared/api/client';
import type { ResponseOf } from '@shared/api/contract';
import { MAX_UPLOADED_RESULT_CHARS } from '@shared/api/schemas/loadtest';
import {
  applyLoadTestPoint,
  loadTestRows,
  pickedPoint,
  recommendedPoint,
  throughputPatch,
  type LoadTestRow,
} from '@shared/loadtest/applyLoadTest';
import type { Design, Workload } from '@shared/project/schema';
import type { DesignsStore } from './DesignsStore';
import type { ProjectStore } from './ProjectStore';

type Opened = Extract<ResponseOf<'loadtest.open'>, { cancelled: false }>;

/** A file the page read for upload. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export class LoadTestImportStore {
  /** The design the import is for (null: no import open). */
  designId: number | null = null;
  busy = false;
  error: string | null = null;
  results: Opened | null = null;
  /** Index of the chosen point. */
  chosen: number | null = null;
  /** Instances the measured endpoint had (the figures are divided by it). */
  instancesUnderTest = 1;

  constructor(
    private readonly api: InferCalcApi,
    private readonly project: ProjectStore,
    private readonly designs: DesignsStore,
  ) {
    makeAutoObservable<LoadTestImportStore, 'api' | 'project' | 'designs'>(this, {
      api: false,
      project: false,
      designs: false,
    });
  }

  private get workload(): Workload {
    return this.project.current.workload;
  }

  /** The design being imported into, while it still exists. */
  get design(): Design | undefined {
    return this.designId === null ? undefined : this.designs.byId(this.designId);
  }

  /** Whether the import (its error or its rows) is showing for this design. */
  isOpenFor(design: Design): boolean {
    return this.designId === this.designs.idOf(design);
  }

  /** Every measured point against the design and workload. */
  get rows(): LoadTestRow[] {
    const d = this.design;
    return d && this.results ? loadTestRows(this.results.points, d, this.workload) : [];
  }

  /** The point the stated rule picks, or why none qualifies. */
  get recommendation(): { index: number | null; reason: string | null } {
    const d = this.design;
    if (!d || !this.results) return { index: null, reason: null };
    const r = recommendedPoint(this.results.points, d, this.workload);
    return r.ok ? { index: this.results.points.indexOf(r.point), reason: null } : { index: null, reason: r.reason };
  }

  /** Desktop: the back end shows the open dialog and reads only the files chosen there. */
  async chooseWithDialog(design: Design): Promise<void> {
    this.begin(design);
    this.finish(await this.api.loadtestOpen({}));
  }

  /** Web mode: the page uploads the chosen files' content (never a path). */
  async upload(design: Design, files: ReadonlyArray<PickedFile>): Promise<void> {
    this.begin(design);
    const total = files.reduce((n, f) => n + f.size, 0);
    if (files.length === 0) return this.fail('no file chosen');
    if (total > MAX_UPLOADED_RESULT_CHARS)
      return this.fail('the files are too large for a results summary (at most 8 MB together)');
    const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    this.finish(await this.api.loadtestOpen({ files: read }));
  }

  choose(index: number): void {
    this.chosen = index;
  }

  setInstancesUnderTest(n: number): void {
    if (Number.isInteger(n) && n >= 1 && n <= 10_000) this.instancesUnderTest = n;
  }

  /** Sets the chosen point on the design (one undoable edit) and closes the import. */
  apply(): void {
    const d = this.design;
    const row = this.rows.find((r) => r.index === this.chosen);
    if (!d || !row) return void (this.error = 'choose a measured point first');
    const picked = pickedPoint(row, this.workload);
    if (!picked.ok) return void (this.error = picked.reason);
    const applied = applyLoadTestPoint(d, picked, this.workload, this.instancesUnderTest);
    if (!applied.ok) return void (this.error = applied.reason);
    this.designs.patchHosting(d, throughputPatch(applied.fields));
    this.close();
  }

  /** Forgets the design's measured throughput: it goes back to the estimate. */
  clearMeasurement(design: Design): void {
    this.designs.patchHosting(design, {
      maxRequestsPerSecondPerInstance: undefined,
      maxOutputTokensPerSecondPerInstance: undefined,
      throughputSource: undefined,
    });
  }

  close(): void {
    this.designId = null;
    this.results = null;
    this.chosen = null;
    this.error = null;
    this.busy = false;
    this.instancesUnderTest = 1;
  }

  private begin(design: Design): void {
    this.close();
    this.designId = this.designs.idOf(design);
    this.busy = true;
  }

  private fail(message: string): void {
    this.busy = false;
    this.error = message;
  }

  private finish(answer: Awaited<ReturnType<InferCalcApi['loadtestOpen']>>): void {
    runInAction(() => {
      this.busy = false;
      if (!answer.ok) return void (this.error = answer.error.message);
      if (answer.result.cancelled) return this.close();
      this.results = answer.result;
      this.chosen = this.recommendation.index;
    });
  }
}
