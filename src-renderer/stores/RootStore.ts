/**
 * The root of the renderer's state: one store per concern, all built around the injected API object
 * (the preload's functions in the desktop app, HTTP in web mode, a fake in tests).
 */
import type { InferCalcApi } from '@shared/api/client';
import { AppStore } from './AppStore';
import { ProjectStore } from './ProjectStore';
import { UiStore } from './UiStore';
import { PricesStore } from './PricesStore';
import { EstimatesStore, type Estimator } from './EstimatesStore';
import { WorkloadFormStore } from './WorkloadFormStore';
import { DesignsStore } from './DesignsStore';
import { RecommendationsStore } from './RecommendationsStore';
import { PayStore } from './PayStore';
import { ComparisonStore } from './ComparisonStore';
import { estimateDesign } from '@shared/domain/estimate';
import { todayIso } from '../format/dates';

/** What tests may replace: the date (stale warnings, user-rate as-of) and the estimator (to count calls). */
export interface RootStoreOptions {
  today?: string;
  estimator?: Estimator;
}

export class RootStore {
  readonly app: AppStore;
  readonly ui: UiStore;
  readonly project: ProjectStore;
  readonly prices: PricesStore;
  readonly estimates: EstimatesStore;
  readonly workloadForm: WorkloadFormStore;
  readonly designs: DesignsStore;
  readonly recommendations: RecommendationsStore;
  readonly pay: PayStore;
  readonly comparison: ComparisonStore;

  constructor(
    readonly api: InferCalcApi,
    options: RootStoreOptions = {},
  ) {
    this.app = new AppStore(api);
    this.ui = new UiStore();
    this.project = new ProjectStore();
    const estimator = options.estimator ?? estimateDesign;
    this.prices = new PricesStore(api, this.project, options.today ?? todayIso());
    this.estimates = new EstimatesStore(this.project, this.prices, estimator);
    this.workloadForm = new WorkloadFormStore(this.project);
    this.designs = new DesignsStore(this.project);
    this.recommendations = new RecommendationsStore(this.estimates, this.designs);
    this.pay = new PayStore(this.project, this.estimates);
    this.comparison = new ComparisonStore(this.designs, this.estimates, this.pay, estimator);
  }

  /** Loads what the first screen needs. */
  async start(): Promise<void> {
    await Promise.all([this.app.load(), this.prices.start()]);
  }
}
