/**
 * The self-host vs Bedrock answer on Compare (src-shared/domain/gpu/crossover.ts works it out; this
 * only keeps it as a computed value), and which traffic measure the cost-versus-traffic chart shows:
 * requests or output tokens a month. Computed lazily: only while Compare shows it.
 */
import { makeAutoObservable } from 'mobx';
import { selfHostVersusBedrock, whySelfHostUnanswered, type SelfHostAnswer } from '@shared/domain';
import type { DesignsStore } from './DesignsStore';
import type { EstimatesStore } from './EstimatesStore';

/** What the cost-versus-traffic chart measures traffic in. */
export type TrafficAxis = 'requests' | 'output-tokens';

export class SelfHostStore {
  trafficAxis: TrafficAxis = 'requests';

  constructor(
    private readonly designs: DesignsStore,
    private readonly estimates: EstimatesStore,
  ) {
    makeAutoObservable<SelfHostStore, 'designs' | 'estimates'>(this, { designs: false, estimates: false });
  }

  /** Why there is no answer, in words, or null when there is one. */
  get unanswered(): string | null {
    if (!this.estimates.catalog) return 'Loading prices…';
    const designs = this.designs.designs;
    const why = whySelfHostUnanswered(
      designs.map((d) => this.estimates.snapshotOf(d)),
      this.estimates.workload,
      designs.map((d) => this.estimates.estimateOf(d)!),
    );
    return why ?? (this.answer ? null : 'No Bedrock design here is both feasible and priced.');
  }

  /** Where each self-hosted design becomes cheaper than the cheapest feasible Bedrock design. */
  get answer(): SelfHostAnswer | null {
    const catalog = this.estimates.catalog;
    if (!catalog) return null;
    const designs = this.designs.designs.map((d) => this.estimates.snapshotOf(d));
    return selfHostVersusBedrock(designs, this.estimates.workload, catalog, this.estimates.region);
  }

  /** Output tokens per request, when the workload has them (the chart can then show tokens a month). */
  get outputTokensPerRequest(): number | null {
    const n = this.estimates.workload.outputTokensPerRequest;
    return n !== undefined && n > 0 ? n : null;
  }

  /** The chart's traffic measure in effect (requests when the workload has no output tokens). */
  get axis(): TrafficAxis {
    return this.outputTokensPerRequest === null ? 'requests' : this.trafficAxis;
  }

  setTrafficAxis(axis: TrafficAxis): void {
    this.trafficAxis = axis;
  }
}
