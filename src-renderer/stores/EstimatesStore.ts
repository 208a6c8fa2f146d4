/**
 * Estimates of the project's designs, computed locally with the domain's cost engine. One computed
 * value per design, keyed by the design object: editing one design re-estimates that design only;
 * a change to the workload, the region or the prices re-estimates them all. The engine reads plain
 * snapshots (toJS), which are faster to read than observables; the domain keeps no cache of its own,
 * so these computed values are the only memoisation.
 */
import { computed, makeObservable, toJS, type IComputedValue } from 'mobx';
import { estimateInWeek, weekOf, type DesignEstimate, type ProjectInput, type WeekProfile } from '@shared/domain';
import type { PriceCatalog } from '@shared/prices/catalog';
import type { Design, Workload } from '@shared/project/schema';
import type { PricesStore } from './PricesStore';
import type { ProjectStore } from './ProjectStore';

/**
 * The estimator the stores call; injectable so tests can count calls. `week` is the workload's
 * expanded week when the caller has it (one per workload, shared by every design).
 */
export type Estimator = (
  design: Design,
  workload: Workload,
  catalog: PriceCatalog,
  region: string,
  assumptions?: ProjectInput['assumptions'],
  week?: WeekProfile,
) => DesignEstimate;

/** The domain's estimate, expanding the week only when the caller did not. */
export const estimateWithWeek: Estimator = (design, workload, catalog, region, assumptions, week) =>
  estimateInWeek(design, workload, week ?? weekOf(workload), catalog, region, assumptions);

export class EstimatesStore {
  private readonly designSnapshots = new WeakMap<Design, IComputedValue<Design>>();
  private readonly estimates = new WeakMap<Design, IComputedValue<DesignEstimate | null>>();

  constructor(
    private readonly project: ProjectStore,
    private readonly prices: PricesStore,
    private readonly estimator: Estimator = estimateWithWeek,
  ) {
    makeObservable(this, { workload: computed, week: computed, assumptions: computed, region: computed });
  }

  /** A plain copy of the workload; a new object only when the workload changed. */
  get workload(): Workload {
    return toJS(this.project.current.workload);
  }

  /** The workload's week, expanded once for every design. */
  get week(): WeekProfile {
    return weekOf(this.workload);
  }

  /** The project's pricing assumptions (the free tier), as the CLI and the export apply them. */
  get assumptions(): ProjectInput['assumptions'] {
    return toJS(this.project.current.assumptions);
  }

  get region(): string {
    return this.project.current.region;
  }

  get catalog(): PriceCatalog | null {
    return this.prices.catalog;
  }

  /** A plain copy of one design, recomputed only when that design changes. */
  snapshotOf(design: Design): Design {
    let c = this.designSnapshots.get(design);
    if (!c) {
      c = computed(() => toJS(design));
      this.designSnapshots.set(design, c);
    }
    return c.get();
  }

  /** The estimate of one design of the project, or null while prices load. */
  estimateOf(design: Design): DesignEstimate | null {
    let c = this.estimates.get(design);
    if (!c) {
      c = computed(() => {
        const catalog = this.catalog;
        if (!catalog) return null;
        return this.estimator(
          this.snapshotOf(design),
          this.workload,
          catalog,
          this.region,
          this.assumptions,
          this.week,
        );
      });
      this.estimates.set(design, c);
    }
    return c.get();
  }

  /** Estimates a design that is not (yet) in the project, e.g. a variant with another purchase. */
  estimateVariant(design: Design): DesignEstimate | null {
    const catalog = this.catalog;
    return catalog ? this.estimator(design, this.workload, catalog, this.region, this.assumptions, this.week) : null;
  }
}
