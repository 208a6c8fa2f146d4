/**
 * The ways-to-pay step: for each design, which purchasing options apply (and why the others do not,
 * from the domain's rules), the commitment analysis of a Savings Plan or reservation (suggested
 * commitment, utilization, break-even), and rates the price data lacks, entered by hand.
 */
import { computed, makeAutoObservable, toJS, type IComputedValue } from 'mobx';
import { analyzeCommitment, purchaseDefinition, purchaseExclusion, type CommitmentAnalysis } from '@shared/domain';
import { PURCHASE_TYPES, type Design, type PurchaseType, type UserRate } from '@shared/project/schema';
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

/** A price the design needs that the price data lacks, with the key a hand-entered rate fills. */
export interface MissingRate {
  key: string;
  label: string;
  /** Catalog unit the rate is per ("hour", "GB-second"). */
  unit: string;
  reason: string;
  /** The project-file fields the reason refers to (for the details disclosure). */
  detail?: string | undefined;
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
    const catalog = this.estimates.catalog;
    if (!committed || !catalog) return null;
    const snapshot = this.estimates.snapshotOf(design);
    // The domain analyses; the design's own estimate is the memoised one, variants are estimated here.
    return analyzeCommitment(snapshot, this.estimates.workload, catalog, this.estimates.region, (d) =>
      d === snapshot ? committed : this.estimates.estimateVariant(d)!,
    );
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
        detail: [l.priceKey, l.detail].filter(Boolean).join(', '),
      });
    }
    return out;
  }

  /** Rates entered by hand in this project (labelled user-provided wherever they are used). */
  get userRates(): UserRate[] {
    return this.project.current.userRates ?? [];
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
