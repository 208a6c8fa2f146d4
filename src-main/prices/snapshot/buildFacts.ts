/**
 * Prices with no source file, taken from the facts listed in the shared prices SOURCES document
 * and labelled as such: Bedrock on-demand tokens (used by buildBedrock.ts) and the EKS cluster fee.
 */
import type { PriceEntry, PriceSource } from '@shared/prices/catalog';
import { priceKeys } from '@shared/prices/keys';

/** Bedrock model ids of the catalog (see BedrockHostingSchema) → USD per 1M input / output tokens. */
export const BEDROCK_ON_DEMAND: ReadonlyArray<{ model: string; name: string; input: number; output?: number }> = [
  { model: 'anthropic.claude-3-haiku', name: 'Claude 3 Haiku', input: 0.25, output: 1.25 },
  { model: 'anthropic.claude-3-5-haiku', name: 'Claude 3.5 Haiku', input: 0.8, output: 4.0 },
  { model: 'anthropic.claude-3-sonnet', name: 'Claude 3 Sonnet', input: 3.0, output: 15.0 },
  { model: 'anthropic.claude-3-5-sonnet', name: 'Claude 3.5 Sonnet', input: 3.0, output: 15.0 },
  { model: 'anthropic.claude-3-7-sonnet', name: 'Claude 3.7 Sonnet', input: 3.0, output: 15.0 },
  { model: 'anthropic.claude-sonnet-4', name: 'Claude Sonnet 4', input: 3.0, output: 15.0 },
  { model: 'anthropic.claude-3-opus', name: 'Claude 3 Opus', input: 15.0, output: 75.0 },
  { model: 'meta.llama3-8b-instruct', name: 'Llama 3 8B', input: 0.3, output: 0.6 },
  { model: 'meta.llama3-70b-instruct', name: 'Llama 3 70B', input: 2.65, output: 3.5 },
  { model: 'meta.llama3-1-8b-instruct', name: 'Llama 3.1 8B', input: 0.22, output: 0.22 },
  { model: 'meta.llama3-1-70b-instruct', name: 'Llama 3.1 70B', input: 0.72, output: 0.72 },
  { model: 'amazon.titan-embed-text-v2', name: 'Titan Text Embeddings v2', input: 0.02 },
];

/** The regions the Bedrock facts hold for (us-east-1 = us-west-2). */
export const BEDROCK_FACT_REGIONS = ['us-east-1', 'us-west-2'] as const;

/** The facts are from 2026 tables with no day given; the first day of 2026 stands for it. */
export const FACTS_AS_OF = '2026-01-01';

/** EKS control plane: $0.10 per cluster-hour (standard support) in every given region. */
export function buildEksPrices(regions: ReadonlyArray<string>): PriceEntry[] {
  const source: PriceSource = {
    origin: 'snapshot',
    label: 'built-in prices: AWS EKS pricing page ($0.10 per cluster per hour, standard support)',
    detail: 'no source file: the SOURCES document lists this figure',
    asOf: FACTS_AS_OF,
    description: 'EKS cluster, per cluster-hour',
  };
  return regions.map((region) => ({ key: priceKeys.eksClusterHour(region), usd: 0.1, unit: 'hour', source }));
}
