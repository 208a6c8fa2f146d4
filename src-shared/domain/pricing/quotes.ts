/**
 * A rate the engine can use, with where it came from: from the catalog, derived from a catalog price
 * by a stated rule, or entered by the user in the purchase. Never a number without provenance.
 */
import type { PriceCatalog, PriceEntry, PriceSource, PriceTier } from '../../prices/catalog';

export interface AvailableQuote {
  ok: true;
  /** USD per `unit`. */
  usd: number;
  unit: string;
  /** Catalog key, or null when the rate comes from the purchase itself. */
  key: string | null;
  source: PriceSource;
  upfrontUsd?: number | undefined;
  tiers?: PriceTier[] | undefined;
}

export interface MissingQuote {
  ok: false;
  key: string | null;
  /** Why, and what the user can enter instead, in the form's words. */
  reason: string;
  /** The project-file fields the reason refers to ("purchase.discountPercent"), kept out of the words. */
  detail?: string;
}

export type Quote = AvailableQuote | MissingQuote;

function fromEntry(e: PriceEntry): AvailableQuote {
  return { ok: true, usd: e.usd, unit: e.unit, key: e.key, source: e.source, upfrontUsd: e.upfrontUsd, tiers: e.tiers };
}

/**
 * The catalog's price under `key`; when missing, `hint` says what the user can do about it, and
 * `hintDetail` names the project-file fields the hint refers to.
 */
export function quote(catalog: PriceCatalog, key: string, hint?: string, hintDetail?: string): Quote {
  const r = catalog.lookup(key);
  if (r.ok) return fromEntry(r.price);
  return {
    ok: false,
    key,
    reason: hint ? `${r.reason}; ${hint}` : r.reason,
    ...(hintDetail ? { detail: hintDetail } : {}),
  };
}

/**
 * A rate entered by the user as a discount off a catalog price: labelled user-provided, dated like the
 * price it discounts, and saying the rule.
 */
export function discountedQuote(base: AvailableQuote, discountPercent: number, what: string): AvailableQuote {
  return {
    ok: true,
    usd: base.usd * (1 - discountPercent / 100),
    unit: base.unit,
    key: null,
    source: {
      origin: 'user',
      label: `user-provided: ${what} discount of ${discountPercent}% off on-demand`,
      asOf: base.source.asOf,
      derivedFrom: base.key ?? undefined,
      rule: `on-demand rate × (1 − ${discountPercent}%)`,
    },
  };
}

/** A rate typed into the purchase itself (a spot price, a Provisioned Throughput rate). */
export function userQuote(usd: number, unit: string, what: string, asOf: string): AvailableQuote {
  return { ok: true, usd, unit, key: null, source: { origin: 'user', label: `user-provided: ${what}`, asOf } };
}

/** A rate computed by the engine from other figures (e.g. a commitment sized to usage). */
export function derivedQuote(usd: number, unit: string, rule: string, from: AvailableQuote): AvailableQuote {
  return {
    ok: true,
    usd,
    unit,
    key: null,
    source: {
      origin: 'derived',
      label: `derived: ${rule}`,
      asOf: from.source.asOf,
      derivedFrom: from.key ?? undefined,
      rule,
    },
  };
}
