/**
 * The compare step: every design's estimate side by side, the cheapest feasible one, and the chart
 * series (monthly cost against traffic volume with crossovers, the week hour by hour, commitment
 * break-even). Each design's curve is its own computed value, like its estimate.
 */
import { computed, makeAutoObservable, type IComputedValue } from 'mobx';
import {
  DEFAULT_SCALE_FACTORS,
  findCrossovers,
  type Crossover,
  type BreakEvenPoint,
  type DesignCurve,
  type DesignEstimate,
  scaleWorkload,
  weekOf,
  type WeekProfile,
} from '@shared/domain';
import type { Design, Workload } from '@shared/project/schema';
import { hourLabel } from '../format/weekHours';
import type { DesignsStore } from './DesignsStore';
import type { EstimatesStore, Estimator } from './EstimatesStore';
import type { PayStore } from './PayStore';

export interface ComparisonRow {
  id: number;
  design: Design;
  estimate: DesignEstimate | null;
}

/** One point of the cost-vs-traffic chart: the traffic and each design's monthly cost ("d<id>"). */
export type CurveDatum = { requestsPerMonth: number; factor: number } & Record<string, number | null>;

export interface HourDatum {
  hour: number;
  label: string;
  capacity: number;
  costUsd: number;
  requestsPerSecond: number;
}

/** One month of a commitment's cumulative cost against on-demand (the domain's series). */
export type BreakEvenDatum = BreakEvenPoint;

export class ComparisonStore {
  private readonly curves = new WeakMap<Design, IComputedValue<DesignCurve | null>>();
  /** The design whose week is charted hour by hour (null: the cheapest feasible). */
  hourlyDesignId: number | null = null;

  constructor(
    private readonly designs: DesignsStore,
    private readonly estimates: EstimatesStore,
    private readonly pay: PayStore,
    private readonly estimator: Estimator,
  ) {
    makeAutoObservable<ComparisonStore, 'designs' | 'estimates' | 'pay' | 'estimator' | 'curves'>(this, {
      designs: false,
      estimates: false,
      pay: false,
      estimator: false,
      curves: false,
    });
  }

  get rows(): ComparisonRow[] {
    return this.designs.designs.map((design) => ({
      id: this.designs.idOf(design),
      design,
      estimate: this.estimates.estimateOf(design),
    }));
  }

  /** The id of the cheapest feasible, fully priced design; null when there is none. */
  get cheapestFeasibleId(): number | null {
    let best: ComparisonRow | null = null;
    for (const r of this.rows) {
      const m = r.estimate?.monthlyUsd;
      if (!r.estimate?.feasible || m === null || m === undefined) continue;
      if (!best || m < best.estimate!.monthlyUsd!) best = r;
    }
    return best?.id ?? null;
  }

  /** The workload and its week at each traffic scale factor, worked out once for every design's curve. */
  get scaledWorkloads(): Array<{ factor: number; workload: Workload; week: WeekProfile; requestsPerMonth: number }> {
    const w = this.estimates.workload;
    return DEFAULT_SCALE_FACTORS.map((factor) => {
      if (factor === 1)
        return {
          factor,
          workload: w,
          week: this.estimates.week,
          requestsPerMonth: this.estimates.week.requestsPerMonth,
        };
      const workload = scaleWorkload(w, factor);
      const week = weekOf(workload);
      return { factor, workload, week, requestsPerMonth: week.requestsPerMonth };
    });
  }

  /** A design's monthly cost at each traffic scale factor. */
  curveOf(design: Design): DesignCurve | null {
    let c = this.curves.get(design);
    if (!c) {
      c = computed(() => {
        const catalog = this.estimates.catalog;
        if (!catalog) return null;
        const snapshot = this.estimates.snapshotOf(design);
        const region = this.estimates.region;
        const assumptions = this.estimates.assumptions;
        return {
          name: snapshot.name,
          points: this.scaledWorkloads.map(({ factor, workload, week, requestsPerMonth }) => {
            const e =
              factor === 1
                ? this.estimates.estimateOf(design)!
                : this.estimator(snapshot, workload, catalog, region, assumptions, week);
            return { factor, requestsPerMonth, monthlyUsd: e.monthlyUsd, feasible: e.feasible };
          }),
        };
      });
      this.curves.set(design, c);
    }
    return c.get();
  }

  /** Series for the cost-vs-traffic chart: one row per traffic level, one column per design. */
  get curveData(): CurveDatum[] {
    const rows = this.rows.map((r) => ({ id: r.id, curve: this.curveOf(r.design) }));
    return this.scaledWorkloads.map(({ factor, requestsPerMonth }, i) => {
      const datum: CurveDatum = { factor, requestsPerMonth } as CurveDatum;
      for (const r of rows) datum[`d${r.id}`] = r.curve?.points[i]?.monthlyUsd ?? null;
      return datum;
    });
  }

  /** Where one design becomes cheaper than another as traffic grows. */
  get crossovers(): Crossover[] {
    const curves = this.rows.map((r) => this.curveOf(r.design)).filter((c): c is DesignCurve => c !== null);
    const out: Crossover[] = [];
    for (let i = 0; i < curves.length; i++)
      for (let j = i + 1; j < curves.length; j++) out.push(...findCrossovers(curves[i]!, curves[j]!));
    return out.sort((a, b) => a.requestsPerMonth - b.requestsPerMonth);
  }

  /** The row charted hour by hour. */
  get hourlyRow(): ComparisonRow | undefined {
    const id = this.hourlyDesignId ?? this.cheapestFeasibleId;
    return this.rows.find((r) => r.id === id) ?? this.rows[0];
  }

  get hourlyData(): HourDatum[] {
    const e = this.hourlyRow?.estimate;
    if (!e) return [];
    return e.hourly.capacity.map((capacity, hour) => ({
      hour,
      label: hourLabel(hour),
      capacity,
      costUsd: e.hourly.costUsd[hour] ?? 0,
      requestsPerSecond: e.hourly.requestsPerSecond[hour] ?? 0,
    }));
  }

  setHourlyDesign(id: number): void {
    this.hourlyDesignId = id;
  }

  /** Designs with a commitment, and their cumulative cost over the term against on-demand (from the domain). */
  get breakEvenSeries(): Array<{ id: number; name: string; data: BreakEvenDatum[]; months: number | null }> {
    const out = [];
    for (const r of this.rows) {
      const a = this.pay.analysisOf(r.design);
      if (!a || a.series.length === 0) continue;
      out.push({ id: r.id, name: r.design.name, data: a.series, months: a.monthsToRecoverUpfront });
    }
    return out;
  }
}
