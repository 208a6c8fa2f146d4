/**
 * The candidates step's recommendations: the domain recommender's ranked designs for the workload,
 * with its "why" and "why not" reasons. Computed, so it follows the workload and the prices; it runs
 * only while something shows it (the recommender sweeps every instance type of the region).
 */
import { makeAutoObservable } from 'mobx';
import { createOptimizerMemo, recommendForWorkload, type OptimizerMemo, type Recommendation } from '@shared/domain';
import type { DesignsStore } from './DesignsStore';
import type { EstimatesStore } from './EstimatesStore';

export class RecommendationsStore {
  constructor(
    private readonly estimates: EstimatesStore,
    private readonly designs: DesignsStore,
  ) {
    makeAutoObservable<RecommendationsStore, 'estimates' | 'designs'>(this, { estimates: false, designs: false });
  }

  /** What the optimizer remembers of the current catalog (instance types, rates), kept while prices stay. */
  get optimizerMemo(): OptimizerMemo | null {
    const catalog = this.estimates.catalog;
    return catalog ? createOptimizerMemo(catalog) : null;
  }

  /** Ranked recommendations (feasible first, then cheapest); empty while prices load. */
  get recommendations(): Recommendation[] {
    const memo = this.optimizerMemo;
    if (!memo) return [];
    return recommendForWorkload(this.estimates.workload, memo.catalog, this.estimates.region, { memo });
  }

  /** Names of the project's designs, to mark recommendations already taken. */
  get takenNames(): Set<string> {
    return new Set(this.designs.designs.map((d) => d.name));
  }

  isTaken(rec: Recommendation): boolean {
    return this.takenNames.has(rec.design.name);
  }

  /** Adds a recommended design to the project. */
  take(rec: Recommendation): void {
    this.designs.addDesign(rec.design);
  }

  /** Adds the `count` best feasible recommendations not taken yet. */
  takeBest(count = 3): void {
    const best = this.recommendations
      .filter((r) => r.estimate.feasible && r.estimate.monthlyUsd !== null && !this.isTaken(r))
      .slice(0, count);
    for (const r of best) this.take(r);
  }
}
