/**
 * Reading one Price List item: the boxed JSON string, validated with zod, then its on-demand and
 * reserved terms flattened to price dimensions. Everything here is pure so decoys can be unit-tested.
 */
import { z } from 'zod';
import type { PriceSource } from '@shared/prices/catalog';

const DimensionSchema = z.object({
  rateCode: z.string(),
  description: z.string().default(''),
  unit: z.string(),
  beginRange: z.string().optional(),
  endRange: z.string().optional(),
  pricePerUnit: z.object({ USD: z.string() }),
});

const TermSchema = z.object({
  offerTermCode: z.string().optional(),
  sku: z.string().optional(),
  effectiveDate: z.string(),
  termAttributes: z.record(z.string(), z.string()).optional(),
  priceDimensions: z.record(z.string(), DimensionSchema),
});

const ProductSchema = z.object({
  product: z.object({
    productFamily: z.string().optional(),
    sku: z.string(),
    attributes: z.record(z.string(), z.string()),
  }),
  serviceCode: z.string().optional(),
  terms: z
    .object({
      OnDemand: z.record(z.string(), TermSchema).optional(),
      Reserved: z.record(z.string(), TermSchema).optional(),
    })
    .default({}),
});

/** One price dimension with its price parsed to a number. */
export interface Dimension {
  rateCode: string;
  description: string;
  unit: string;
  usd: number;
  beginRange?: number;
  /** null = "Inf". */
  endRange?: number | null;
}

/** One term (on-demand or reserved) with its dimensions. */
export interface Term {
  effectiveDate: string;
  attributes: Record<string, string>;
  dimensions: Dimension[];
}

/** A product as the normalizers see it. */
export interface Product {
  sku: string;
  productFamily: string;
  attributes: Record<string, string>;
  onDemand: Term[];
  reserved: Term[];
}

export type ParsedItem = { ok: true; product: Product } | { ok: false; reason: string };

function toTerms(terms: Record<string, z.infer<typeof TermSchema>> | undefined): Term[] | string {
  const out: Term[] = [];
  for (const t of Object.values(terms ?? {})) {
    const dimensions: Dimension[] = [];
    for (const d of Object.values(t.priceDimensions)) {
      const usd = Number(d.pricePerUnit.USD);
      if (!Number.isFinite(usd) || usd < 0) return `price "${d.pricePerUnit.USD}" of ${d.rateCode} is not a number`;
      const dim: Dimension = { rateCode: d.rateCode, description: d.description, unit: d.unit, usd };
      if (d.beginRange !== undefined) dim.beginRange = Number(d.beginRange);
      if (d.endRange !== undefined) dim.endRange = d.endRange === 'Inf' ? null : Number(d.endRange);
      dimensions.push(dim);
    }
    out.push({ effectiveDate: t.effectiveDate, attributes: t.termAttributes ?? {}, dimensions });
  }
  return out;
}

/**
 * Parses one `PriceList` item. The SDK hands items over as boxed String objects, so the item is
 * converted with String() first; `typeof item === 'string'` would reject every real item.
 */
export function parsePriceListItem(item: unknown): ParsedItem {
  let json: unknown;
  try {
    json = JSON.parse(String(item));
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = ProductSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `unexpected shape at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}` };
  }
  const onDemand = toTerms(parsed.data.terms.OnDemand);
  if (typeof onDemand === 'string') return { ok: false, reason: onDemand };
  const reserved = toTerms(parsed.data.terms.Reserved);
  if (typeof reserved === 'string') return { ok: false, reason: reserved };
  const p = parsed.data.product;
  return {
    ok: true,
    product: { sku: p.sku, productFamily: p.productFamily ?? '', attributes: p.attributes, onDemand, reserved },
  };
}

/** Provenance of an API price: the SKU, rate code, usage type, description, effective date and fetch time. */
export function apiSource(product: Product, term: Term, dim: Dimension, fetchedAt: string): PriceSource {
  return {
    origin: 'api',
    label: 'AWS Price List API',
    asOf: term.effectiveDate.slice(0, 10),
    fetchedAt,
    sku: product.sku,
    rateCode: dim.rateCode,
    usageType: product.attributes['usagetype'] ?? '',
    description: dim.description,
  };
}
