/**
 * The root of the renderer's state: one store per concern, all built around the injected API object
 * (the preload's functions in the desktop app, HTTP in web mode, a fake in tests).
 */
import type { InferCalcApi } from '@shared/api/client';
import { AppStore } from './AppStore';
import { ProjectStore } from './ProjectStore';
import { UiStore } from './UiStore';
import { AutosaveStore } from './project/AutosaveStore';
import { domBrowserFiles } from './project/browserFiles';
import { runFileAction } from './project/fileActions';
import { ProjectFileStore } from './project/ProjectFileStore';
import { PricesStore } from './PricesStore';
import { EstimatesStore, estimateWithWeek, type Estimator } from './EstimatesStore';
import { WorkloadFormStore } from './WorkloadFormStore';
import { DesignsStore } from './DesignsStore';
import { RecommendationsStore } from './RecommendationsStore';
import { PayStore } from './PayStore';
import { ScheduleStore } from './ScheduleStore';
import { ComparisonStore } from './ComparisonStore';
import { PriceRefreshStore } from './PriceRefreshStore';
import { FormIssuesStore } from './FormIssuesStore';
import { todayIso } from '../format/dates';
import { domDownloadBytes, ExportStore } from './ExportStore';
import { LoadTestImportStore } from './LoadTestImportStore';
import { SelfHostStore } from './SelfHostStore';

/** What tests may replace: the date (stale warnings, user-rate as-of) and the estimator (to count calls). */
export interface RootStoreOptions {
  today?: string;
  estimator?: Estimator;
}

export class RootStore {
  readonly app: AppStore;
  readonly ui: UiStore;
  readonly project: ProjectStore;
  /** File actions (new, open, save, recent) and the unsaved-changes question. */
  readonly files: ProjectFileStore;
  /** Autosave and crash recovery. */
  readonly autosave: AutosaveStore;
  /** The export feature registers its action here; the menu and Ctrl+E run it. */
  exportAction: (() => void) | null = null;
  /** Settles when autosave recovery has been checked and the menu is wired (tests await it). */
  projectFilesStarted: Promise<void> = Promise.resolve();
  readonly prices: PricesStore;
  readonly estimates: EstimatesStore;
  readonly workloadForm: WorkloadFormStore;
  readonly designs: DesignsStore;
  readonly recommendations: RecommendationsStore;
  readonly pay: PayStore;
  /** Provisioned concurrency as a schedule, edited on the Ways-to-pay step. */
  readonly schedules: ScheduleStore;
  readonly comparison: ComparisonStore;
  readonly priceRefresh: PriceRefreshStore;
  /** Every field whose text is not a valid value (marked in the step list, named in the banner). */
  readonly issues: FormIssuesStore;
  /** The Export step: the comparison workbook, saved (desktop) or downloaded (web mode). */
  readonly exporter: ExportStore;
  /** Importing a load test into a design's measured throughput. */
  readonly loadTests: LoadTestImportStore;
  /** Compare's self-host vs Bedrock answer and the cost chart's traffic measure. */
  readonly selfHost: SelfHostStore;

  constructor(
    readonly api: InferCalcApi,
    options: RootStoreOptions = {},
  ) {
    this.app = new AppStore(api);
    this.ui = new UiStore();
    this.project = new ProjectStore();
    this.autosave = new AutosaveStore(api, this.project);
    this.files = new ProjectFileStore(api, this.project, this.autosave, {
      isWeb: () => this.app.info?.mode === 'web',
      browser: domBrowserFiles,
      onNew: () => this.ui.goTo('workload'),
    });
    const estimator = options.estimator ?? estimateWithWeek;
    this.prices = new PricesStore(api, this.project, options.today ?? todayIso());
    this.estimates = new EstimatesStore(this.project, this.prices, estimator);
    this.workloadForm = new WorkloadFormStore(this.project);
    this.designs = new DesignsStore(this.project);
    this.recommendations = new RecommendationsStore(this.estimates, this.designs);
    this.pay = new PayStore(this.project, this.estimates);
    this.schedules = new ScheduleStore(this.project, this.designs);
    this.comparison = new ComparisonStore(this.designs, this.estimates, this.pay, estimator);
    this.priceRefresh = new PriceRefreshStore(api, this.prices);
    this.issues = new FormIssuesStore(this.workloadForm, this.designs, this.pay);
    this.loadTests = new LoadTestImportStore(api, this.project, this.designs);
    this.selfHost = new SelfHostStore(this.designs, this.estimates);
    this.exporter = new ExportStore(api, this.project, {
      isWeb: () => this.app.info?.mode === 'web',
      download: domDownloadBytes,
    });
    // With invalid fields, the menu or Ctrl+E first shows the Export step, whose banner names them.
    this.exportAction = () => {
      if (this.issues.list.length > 0 && this.ui.step !== 'export') this.ui.goTo('export');
      else void this.exporter.exportWorkbook();
    };
  }

  /** Wires the menu to the file actions, reports unsaved changes, and checks for autosaved work. */
  private async startProjectFiles(): Promise<void> {
    this.api.onMenuAction(({ action }) => runFileAction(this, action));
    this.files.start();
    await this.autosave.start();
  }

  /** Undoes the last project edit; what was typed in the form gives way to the restored values. */
  undo(): void {
    if (!this.project.undo()) return;
    // The step undone is now the one Redo would do again.
    this.afterHistoryMove(`Undone: ${this.project.redoLabel}.`);
  }

  /** Redoes the last undone edit. */
  redo(): void {
    if (!this.project.redo()) return;
    this.afterHistoryMove(`Redone: ${this.project.undoLabel}.`);
  }

  private afterHistoryMove(message: string): void {
    this.workloadForm.clearDrafts();
    this.designs.clearAllDrafts();
    this.files.announce(message);
  }

  /**
   * The one-page comparison summary: the Compare step under the print stylesheet, printed by the
   * browser (web mode) or saved as a PDF through the desktop app's save dialog.
   */
  printSummary(): void {
    this.ui.goTo('compare');
    // After the step has rendered (the next frames), so the page printed is the comparison.
    setTimeout(() => void this.printNow(), 50);
  }

  private async printNow(): Promise<void> {
    if (this.app.info?.mode === 'web') return window.print();
    const r = await this.api.exportSummaryPdf({
      suggestedName: `${this.project.current.name || 'Comparison'} summary.pdf`,
    });
    if (!r.ok) this.files.announce(`The summary was not saved: ${r.error.message}`);
    else if (!r.result.cancelled) this.files.announce(`Summary saved as ${r.result.path}.`);
  }

  /** Loads what the first screen needs. */
  async start(): Promise<void> {
    this.projectFilesStarted = this.startProjectFiles();
    await Promise.all([this.app.load(), this.prices.start(), this.priceRefresh.loadStatus()]);
    // The first app.info came while the cached prices were loading (it said the built-in ones were in
    // use); they are in now, so ask again for the summary of what is in use.
    if (this.app.info?.prices.loading) await this.app.load();
  }
}
