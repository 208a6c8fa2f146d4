/**
 * The ways-to-pay step: for each design, which purchasing options apply (and why the others do not,
 * from the domain's rules), the commitment analysis of a Savings Plan or reservation (suggested
 * commitment, utilization, break-even), and rates the price data lacks, entered by hand.
 */
import { computed, makeAutoObservable, toJS, type IComputedValue } from 'mobx';
import {
  HOURS_PER_WEEK,
  ON_DEMAND,
  monthsToRecoverUpfront,
  purchaseDefinition,
  purchaseExclusion,
  simulateSavingsPlan,
  type DesignEstimate,
  type LineItem,
} from '@shared/domain';
import { PURCHASE_TYPES, type Design, type Purchase, type PurchaseType, type UserRate } from '@shared/project/schema';
import type { EstimatesStore } from './EstimatesStore';
import type { ProjectStore } from './ProjectStore';
import { PURCHASE_LABELS } from './designFields';
import { parseNumberInput } from './numberInput';

export interface PurchaseChoice {
  type: PurchaseType;
  label: string;
  /** null when it applies; otherwise why not, naming what to use instead. */
  exclusion: string | null;
}

export interface CommitmentAnalysis {
  /** $/h the engine suggests: the weekly floor of eligible usage at the plan rate. */
  suggestedPerHour: number | null;
  /** $/h in use (the design's own, or the suggestion when it has none). */
  commitmentPerHour: number | null;
  /** Share of the commitment that buys usage over the week (0..1); null when not instance-hours. */
  utilization: number | null;
  /** Share of hours the capacity must be used for the commitment to beat on-demand. */
  breakEvenUtilization: number | null;
  onDemandMonthlyUsd: number | null;
  committedMonthlyUsd: number | null;
  monthlySavingsUsd: number | null;
  upfrontUsd: number;
  monthsToRecoverUpfront: number | null;
  termMonths: number;
}

/** A price the design needs that the price data lacks, with the key a hand-entered rate fills. */
export interface MissingRate {
  key: string;
  label: string;
  /** Catalog unit the rate is per ("hour", "GB-second"). */
  unit: string;
  reason: string;
}

const CATALOG_UNIT: Record<string, string> = {
  hours: 'hour',
  seconds: 'second',
  GB: 'GB',
  'GB-months': 'GB-month',
  'GB-seconds': 'GB-second',
  requests: 'request',
  tokens: 'token',
};

/** The commitment line of a Savings Plan estimate (the domain labels it "... commitment"). */
function commitmentLine(e: DesignEstimate): LineItem | undefined {
  return e.lineItems.find((l) => l.label.endsWith(' commitment'));
}

export class PayStore {
  private readonly analyses = new WeakMap<Design, IComputedValue<CommitmentAnalysis | null>>();
  /** Hand-entered rate text per key, kept while invalid. */
  rateDrafts = new Map<string, { text: string; error: string | null }>();

  constructor(
    private readonly project: ProjectStore,
    private readonly estimates: EstimatesStore,
  ) {
    makeAutoObservable<PayStore, 'project' | 'estimates' | 'analyses'>(this, {
      project: false,
      estimates: false,
      analyses: false,
    });
  }

  /** Every way to pay, with why it does not apply to this design's hosting when it does not. */
  choices(design: Design): PurchaseChoice[] {
    return PURCHASE_TYPES.map((type) => ({
      type,
      label: PURCHASE_LABELS[type],
      exclusion: purchaseExclusion(type, design.hosting.type),
    }));
  }

  isCommitment(design: Design): boolean {
    return purchaseDefinition(design.purchase.type).commitment !== null;
  }

  /** The commitment analysis of a design on a Savings Plan or reservation (null otherwise or while unpriced). */
  analysisOf(design: Design): CommitmentAnalysis | null {
    let c = this.analyses.get(design);
    if (!c) {
      c = computed(() => this.analyze(design));
      this.analyses.set(design, c);
    }
    return c.get();
  }

  private analyze(design: Design): CommitmentAnalysis | null {
    if (!this.isCommitment(design)) return null;
    const committed = this.estimates.estimateOf(design);
    if (!committed) return null;
    const snapshot = this.estimates.snapshotOf(design);
    const onDemand = this.estimates.estimateVariant({ ...snapshot, purchase: { ...ON_DEMAND } });
    const p = snapshot.purchase;
    const isPlan = purchaseDefinition(p.type).commitment === 'savings-plan';
    let suggested: number | null = null;
    let inUse: number | null = null;
    let utilization: number | null = null;
    if (isPlan) {
      // A Savings Plan purchase: its own commitment, when given.
      const plan = p as Purchase & { commitmentPerHour?: number };
      const { commitmentPerHour: _own, ...unsized } = plan;
      const sized =
        plan.commitmentPerHour === undefined
          ? committed
          : this.estimates.estimateVariant({ ...snapshot, purchase: unsized as Purchase });
      suggested = (sized && commitmentLine(sized)?.rateUsd) ?? null;
      inUse = plan.commitmentPerHour ?? suggested;
      const terms = committed.commitment;
      if (terms && inUse !== null && inUse > 0 && committed.hourly.capacityUnit === 'instances') {
        const week = simulateSavingsPlan(
          committed.hourly.capacity,
          terms.committedRateUsd,
          terms.onDemandRateUsd,
          inUse,
        );
        utilization = 1 - week.unusedCommitmentPerWeek / (inUse * HOURS_PER_WEEK);
      }
    }
    const termMonths = committed.commitment?.termMonths ?? ('termYears' in p ? p.termYears * 12 : 12);
    const od = onDemand?.monthlyUsd ?? null;
    const cm = committed.monthlyUsd;
    const recurring = cm === null ? null : cm - committed.upfrontUsd / termMonths;
    return {
      suggestedPerHour: suggested,
      commitmentPerHour: inUse,
      utilization,
      breakEvenUtilization: committed.commitment?.breakEvenUtilization ?? null,
      onDemandMonthlyUsd: od,
      committedMonthlyUsd: cm,
      monthlySavingsUsd: od !== null && cm !== null ? od - cm : null,
      upfrontUsd: committed.upfrontUsd,
      monthsToRecoverUpfront:
        od !== null && recurring !== null ? monthsToRecoverUpfront(committed.upfrontUsd, od, recurring) : null,
      termMonths,
    };
  }

  /** Prices the design needs that the price data lacks (a hand-entered rate under the key fills them). */
  missingRates(design: Design): MissingRate[] {
    const e = this.estimates.estimateOf(design);
    if (!e) return [];
    const seen = new Set<string>();
    const out: MissingRate[] = [];
    for (const l of e.lineItems) {
      if (l.rateUsd !== null || !l.priceKey || seen.has(l.priceKey)) continue;
      seen.add(l.priceKey);
      out.push({
        key: l.priceKey,
        label: l.label,
        unit: CATALOG_UNIT[l.unit] ?? l.unit,
        reason: l.unavailable ?? 'price unavailable',
      });
    }
    return out;
  }

  /** Rates entered by hand in this project (labelled user-provided wherever they are used). */
  get userRates(): UserRate[] {
    return this.project.project.userRates ?? [];
  }

  rateText(key: string): string {
    const d = this.rateDrafts.get(key);
    if (d) return d.text;
    const r = this.userRates.find((u) => u.key === key);
    return r ? String(r.usd) : '';
  }

  rateError(key: string): string | null {
    return this.rateDrafts.get(key)?.error ?? null;
  }

  /** Enters (or changes) a rate by hand; empty removes it. */
  setUserRate(key: string, unit: string, text: string): void {
    const parsed = parseNumberInput(text, 'non-negative', true);
    if (!parsed.ok) {
      this.rateDrafts = new Map(this.rateDrafts).set(key, { text, error: parsed.message });
      return;
    }
    const next = new Map(this.rateDrafts);
    next.delete(key);
    this.rateDrafts = next;
    if (parsed.value === undefined) return this.removeUserRate(key);
    const rate: UserRate = { key, usd: parsed.value, unit, note: 'entered by hand' };
    this.project.edit((p) => {
      const rates = toJS(p.userRates ?? []).filter((r) => r.key !== key);
      p.userRates = [...rates, rate];
    });
  }

  removeUserRate(key: string): void {
    if (!this.userRates.some((r) => r.key === key)) return;
    this.project.edit((p) => {
      p.userRates = toJS(p.userRates ?? []).filter((r) => r.key !== key);
      if (p.userRates.length === 0) delete p.userRates;
    });
  }
}
