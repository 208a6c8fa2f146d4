/**
 * AmazonBedrock products → on-demand input/output token prices per model, per 1M tokens. Batch,
 * provisioned throughput and prompt-cache SKUs are ignored (entered by hand in the app). A SKU whose
 * unit is not 1K or 1M tokens is skipped: converting an unknown unit would invent a price.
 */
import { priceKeys } from '@shared/prices/keys';
import { BEDROCK_ON_DEMAND } from '../snapshot/buildFacts';
import type { ProductResult } from './outcome';
import { apiSource, type Product } from './product';
import { productRegion, singleOnDemand } from './region';

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const KNOWN = new Map(BEDROCK_ON_DEMAND.map((m) => [squash(m.name), m.model]));

/** The catalog's model id for a Price List model name ("Claude 3 Haiku" → "anthropic.claude-3-haiku"); unknown names get a slug. */
export function bedrockModelId(name: string): string {
  return (
    KNOWN.get(squash(name)) ??
    name
      .toLowerCase()
      .trim()
      .replace(/[^a-z0-9.]+/g, '-')
  );
}

/** Normalizes one Bedrock product. */
export function normalizeBedrockProduct(product: Product, fetchedAt: string): ProductResult {
  const a = product.attributes;
  const usage = `${a['usagetype'] ?? ''} ${a['inferenceType'] ?? ''} ${a['feature'] ?? ''}`.toLowerCase();
  if (/batch|provisioned|cache|custom|training|storage/.test(usage)) return { ignore: true };
  const direction = /input/.test(usage) ? 'input' : /output/.test(usage) ? 'output' : undefined;
  const model = a['model'] ?? a['titanModel'];
  const region = productRegion(product);
  if (!direction || !region) return { ignore: true };
  if (!model) return { skip: `token SKU without a model name (${a['usagetype'] ?? ''})` };
  const only = singleOnDemand(product);
  if (typeof only === 'string') return { skip: only };
  const unit = squash(only.dim.unit);
  const perMillion =
    unit.startsWith('1ktokens') || unit === 'ktokens' ? 1000 : unit.startsWith('1mtokens') ? 1 : undefined;
  if (perMillion === undefined) return { skip: `token price per "${only.dim.unit}", expected 1K or 1M tokens` };
  if (!(only.dim.usd > 0)) return { ignore: true };
  const id = bedrockModelId(model);
  const key =
    direction === 'input' ? priceKeys.bedrockInputTokens(region, id) : priceKeys.bedrockOutputTokens(region, id);
  const usd = Number((only.dim.usd * perMillion).toPrecision(12));
  return { entries: [{ key, usd, unit: '1M tokens', source: apiSource(product, only.term, only.dim, fetchedAt) }] };
}
