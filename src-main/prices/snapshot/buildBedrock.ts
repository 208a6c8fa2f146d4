/**
 * Bedrock prices of the snapshot: on-demand, batch and prompt-cache token prices per model, in-region
 * and through geographic and global cross-Region profiles, and the few Provisioned Throughput rates.
 *
 * Precedence where sources overlap: the AWS pricing-page capture, then the facts of the SOURCES
 * document, then LiteLLM's community file (labelled community data). A geographic profile's price
 * applies to each region of its geography, the global profile's to every commercial region. Where a
 * region has a profile price but no in-region one, the in-region price is derived from the profile
 * (AWS bills cross-Region inference at the calling Region's on-demand rate), labelled so.
 */
import type { BedrockModelInfo, PriceEntry, PriceSource } from '@shared/prices/catalog';
import { parseKey, priceKeys, type BedrockTokenMeter } from '@shared/prices/keys';
import { LOCATION_TO_REGION } from '../regions';
import { BEDROCK_FACT_REGIONS, BEDROCK_ON_DEMAND, FACTS_AS_OF } from './buildFacts';
import { parseBedrockPage, parseLiteLlm, parseLiteLlmCommitments, type BedrockRow } from './parseBedrock';
import { fileSource, SOURCE_FILES, type SourceTexts } from './sourceFiles';

const COMMERCIAL = Object.values(LOCATION_TO_REGION)
  .filter((r) => !r.startsWith('us-gov-'))
  .sort();

/** The calling regions of each geographic profile prefix (AWS's cross-Region inference geographies). */
export const GEO_REGIONS: Readonly<Record<string, ReadonlyArray<string>>> = {
  us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
  'us-gov': ['us-gov-east-1', 'us-gov-west-1'],
  eu: COMMERCIAL.filter((r) => r.startsWith('eu-')),
  apac: COMMERCIAL.filter((r) => r.startsWith('ap-')),
  jp: ['ap-northeast-1', 'ap-northeast-3'],
  au: ['ap-southeast-2', 'ap-southeast-4'],
  global: COMMERCIAL,
};

const FACTS_LABEL = 'built-in prices: AWS Bedrock pricing page as cited by public 2026 pricing tables';

type Rank = 0 | 1 | 2;
interface Held {
  entry: PriceEntry;
  rank: Rank;
}

const METERS: ReadonlyArray<BedrockTokenMeter> = [
  'input',
  'output',
  'batch-input',
  'batch-output',
  'cache-read',
  'cache-write',
];

function regionsOf(row: BedrockRow): ReadonlyArray<string> {
  return row.route === 'in-region' ? [row.where] : (GEO_REGIONS[row.where] ?? []);
}

/** What a price is, in words shared by every model (the key names the model): one source per meter and route. */
function describe(row: BedrockRow, meter: BedrockTokenMeter): string {
  const route = row.route === 'in-region' ? 'in-region' : `${row.route} cross-Region profile`;
  return `Bedrock ${meter} tokens, ${route}, per 1M tokens`;
}

/** Every Bedrock price and the model list. */
export function buildBedrock(texts: SourceTexts): { entries: PriceEntry[]; models: BedrockModelInfo[] } {
  const held = new Map<string, Held>();
  const models = new Map<string, BedrockModelInfo>();
  const put = (key: string, usd: number, source: PriceSource, rank: Rank) => {
    const h = held.get(key);
    if (!h || rank < h.rank) held.set(key, { entry: { key, usd, unit: '1M tokens', source }, rank });
  };
  const noteModel = (model: string, kind: BedrockModelInfo['kind'], source: string, name?: string) => {
    const m = models.get(model) ?? { model, kind, sources: [] };
    if (name && !m.name) m.name = name;
    if (!m.sources.includes(source)) m.sources.push(source);
    models.set(model, m);
  };
  const addRows = (
    rows: ReadonlyArray<BedrockRow>,
    rank: Rank,
    src: (row: BedrockRow, m: BedrockTokenMeter) => PriceSource,
    words: string,
  ) => {
    for (const row of rows) {
      noteModel(row.model, row.kind, words, rank === 0 ? row.sourceName : undefined);
      for (const meter of METERS) {
        const usd = row.usdPer1M[meter];
        if (usd === undefined) continue;
        for (const region of regionsOf(row))
          put(priceKeys.bedrockTokens(region, row.route, meter, row.model), usd, src(row, meter), rank);
      }
    }
  };

  addRows(
    parseBedrockPage(texts.bedrockPage),
    0,
    (row, m) => fileSource(SOURCE_FILES.bedrockPage, describe(row, m)),
    'AWS pricing page',
  );
  const facts: BedrockRow[] = BEDROCK_FACT_REGIONS.flatMap((region) =>
    BEDROCK_ON_DEMAND.map((f) => ({
      model: f.model,
      where: region,
      route: 'in-region' as const,
      usdPer1M: f.output === undefined ? { input: f.input } : { input: f.input, output: f.output },
      kind: /embed/.test(f.model) ? ('embedding' as const) : ('text-generation' as const),
      sourceName: f.name,
    })),
  );
  addRows(
    facts,
    1,
    (row, m) => ({
      origin: 'snapshot',
      label: FACTS_LABEL,
      asOf: FACTS_AS_OF,
      detail: 'no source file: the SOURCES document lists these figures',
      description: describe(row, m),
    }),
    'AWS pricing page as cited by public tables',
  );
  for (const f of BEDROCK_ON_DEMAND)
    if (models.get(f.model) && !models.get(f.model)!.name) models.get(f.model)!.name = f.name;
  addRows(
    parseLiteLlm(texts.bedrockLiteLlm),
    2,
    (row, m) => fileSource(SOURCE_FILES.bedrockLiteLlm, describe(row, m)),
    'community data (LiteLLM)',
  );

  // In-region on-demand from a profile's price where the region has none of its own (see the file comment).
  for (const route of ['geo', 'global'] as const) {
    for (const [key, h] of [...held]) {
      const k = parseKey(key);
      const kind = k?.rest[0] ?? '';
      const meter = kind.replace(`${route}-`, '').replace(/-tokens$/, '') as BedrockTokenMeter;
      if (!k || !kind.startsWith(`${route}-`) || (meter !== 'input' && meter !== 'output')) continue;
      const inRegion = priceKeys.bedrockTokens(k.region, 'in-region', meter, k.rest.slice(1).join('/'));
      if (held.has(inRegion)) continue;
      held.set(inRegion, {
        rank: 2,
        entry: {
          key: inRegion,
          usd: h.entry.usd,
          unit: '1M tokens',
          source: {
            ...h.entry.source,
            origin: 'derived',
            derivedFrom: key,
            rule: `no in-region price in the data: the ${route} cross-Region profile's price called from ${k.region} (AWS bills cross-Region inference at the calling Region's rate); confirm the model is offered in-region`,
          },
        },
      });
    }
  }

  const entries = [...held.values()].map((h) => h.entry);
  for (const c of parseLiteLlmCommitments(texts.bedrockLiteLlm)) {
    entries.push({
      key: priceKeys.bedrockProvisionedThroughput(c.region, c.model, c.term),
      usd: c.usdPerHour,
      unit: 'hour',
      source: fileSource(
        SOURCE_FILES.bedrockLiteLlm,
        `Bedrock Provisioned Throughput, ${c.term} commitment, per model unit-hour`,
      ),
    });
  }
  return { entries, models: [...models.values()].sort((a, b) => (a.model < b.model ? -1 : 1)) };
}
