/**
 * A design may name a Bedrock model by AWS's full model id (with release date and version); it is
 * priced under the price data's name, with a warning saying so.
 */
import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain/estimate';
import { resolveBedrockModel } from '@shared/domain/gpu/bedrockModelId';
import { createPriceCatalog } from '@shared/prices/lookup';
import { priceKeys } from '@shared/prices/keys';
import type { Design } from '@shared/domain/model';
import { catalogData, design, entry } from '../fixtures';
import { chatWorkload } from '../gpu/workloads';

const R = 'us-east-1';
const HAIKU = 'anthropic.claude-3-haiku';
const catalog = createPriceCatalog({
  ...catalogData([
    entry(priceKeys.bedrockInputTokens(R, HAIKU), 0.25, '1M tokens'),
    entry(priceKeys.bedrockOutputTokens(R, HAIKU), 1.25, '1M tokens'),
  ]),
  bedrockModels: [{ model: HAIKU, kind: 'text-generation', name: 'Claude 3 Haiku', sources: ['test'] }],
});
const bedrock = (model: string): Design => design({ type: 'bedrock', model } as Design['hosting']);

describe("AWS's model ids", () => {
  it('resolve to the price data name without the version, then without the release date', () => {
    expect(resolveBedrockModel(catalog, HAIKU)).toEqual({ id: HAIKU, givenAs: null });
    expect(resolveBedrockModel(catalog, `${HAIKU}-v1:0`)).toEqual({ id: HAIKU, givenAs: `${HAIKU}-v1:0` });
    expect(resolveBedrockModel(catalog, `${HAIKU}-20240307-v1:0`)).toEqual({
      id: HAIKU,
      givenAs: `${HAIKU}-20240307-v1:0`,
    });
    // An id the data does not list under any of its forms stays as given (and is unpriced, saying so).
    expect(resolveBedrockModel(catalog, 'acme.unknown-v1:0')).toEqual({ id: 'acme.unknown-v1:0', givenAs: null });
  });

  it('a design with the full id is priced like the short one, with a warning naming both', () => {
    const w = chatWorkload();
    const short = estimateDesign(bedrock(HAIKU), w, catalog, R);
    const full = estimateDesign(bedrock(`${HAIKU}-20240307-v1:0`), w, catalog, R);
    expect(short.monthlyUsd).not.toBeNull();
    expect(full.monthlyUsd).toBe(short.monthlyUsd);
    expect(full.lineItems.map((l) => l.priceKey)).toEqual(short.lineItems.map((l) => l.priceKey));
    expect(full.warnings.join(' ')).toContain(`Priced as ${HAIKU}, the price data's name for ${HAIKU}-20240307-v1:0`);
    expect(short.warnings.join(' ')).not.toContain('Priced as');
  });
});
