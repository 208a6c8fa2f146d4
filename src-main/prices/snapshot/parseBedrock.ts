/**
 * Readers for the two Bedrock price files: the AWS pricing-page capture (Markdown tables, USD per
 * 1,000 tokens) and LiteLLM's community price file (USD per token). Both give rows of one shape.
 */
import type { BedrockRoute, BedrockTokenMeter as BedrockMeter } from '@shared/prices/keys';
import { SOURCE_FILES } from './sourceFiles';

/** One price row: a model's meters (USD per 1M tokens) on one route, for one region or geography. */
export interface BedrockRow {
  model: string;
  /** A region code (in-region), a geography prefix (geo: "us", "eu", ...) or "global". */
  where: string;
  route: BedrockRoute;
  usdPer1M: Partial<Record<BedrockMeter, number>>;
  kind: 'text-generation' | 'embedding';
  /** The row's own name in its file (page model name or LiteLLM key). */
  sourceName: string;
}

/** Page model names → catalog model ids (the versionless Bedrock model id). Rows not named here are skipped. */
export const PAGE_MODEL_IDS: Readonly<Record<string, string>> = {
  'Jamba 1.5 Large': 'ai21.jamba-1-5-large',
  'Jamba 1.5 Mini': 'ai21.jamba-1-5-mini',
  'Jurassic-2 Mid': 'ai21.j2-mid',
  'Jurassic-2 Ultra': 'ai21.j2-ultra',
  'Jamba-Instruct': 'ai21.jamba-instruct',
  'Amazon Nova Micro': 'amazon.nova-micro',
  'Amazon Nova Lite': 'amazon.nova-lite',
  'Amazon Nova Pro': 'amazon.nova-pro',
  'Amazon Nova Premier': 'amazon.nova-premier',
  'Claude Opus 4': 'anthropic.claude-opus-4',
  'Claude Sonnet 4': 'anthropic.claude-sonnet-4',
  'Claude 3.7 Sonnet': 'anthropic.claude-3-7-sonnet',
  'Claude 3.5 Sonnet': 'anthropic.claude-3-5-sonnet',
  'Claude 3.5 Haiku': 'anthropic.claude-3-5-haiku',
  'Claude 3.5 Sonnet v2': 'anthropic.claude-3-5-sonnet-20241022-v2',
  'Claude 3 Haiku': 'anthropic.claude-3-haiku',
  Command: 'cohere.command-text-v14',
  'Command-Light': 'cohere.command-light-text-v14',
  'Command R+': 'cohere.command-r-plus',
  'Command R': 'cohere.command-r',
  'DeepSeek-R1': 'deepseek.r1',
  'Llama 4 Maverick 17B': 'meta.llama4-maverick-17b-instruct',
  'Llama 4 Scout 17B': 'meta.llama4-scout-17b-instruct',
  'Llama 3.3 Instruct (70B)': 'meta.llama3-3-70b-instruct',
  'Llama 3.2 Instruct (1B)': 'meta.llama3-2-1b-instruct',
  'Llama 3.2 Instruct (3B)': 'meta.llama3-2-3b-instruct',
  'Llama 3.2 Instruct (11B)': 'meta.llama3-2-11b-instruct',
  'Llama 3.2 Instruct (90B)': 'meta.llama3-2-90b-instruct',
  'Llama 3.1 Instruct (8B)': 'meta.llama3-1-8b-instruct',
  'Llama 3.1 Instruct (70B)': 'meta.llama3-1-70b-instruct',
  'Llama 3.1 Instruct (405B)': 'meta.llama3-1-405b-instruct',
  'Llama 3 Instruct (8B)': 'meta.llama3-8b-instruct',
  'Llama 3 Instruct (70B)': 'meta.llama3-70b-instruct',
  'Llama 2 Chat (13B)': 'meta.llama2-13b-chat',
  'Llama 2 Chat (70B)': 'meta.llama2-70b-chat',
  'Pixtral Large (25.02)': 'mistral.pixtral-large-2502',
};

/** Which page column is which meter, by its header words. */
function meterOfHeader(header: string): BedrockMeter | undefined {
  const h = header.toLowerCase();
  if (!/per 1,000/.test(h)) return undefined;
  const batch = h.includes('(batch)');
  if (h.includes('cache write')) return 'cache-write';
  if (h.includes('cache read')) return 'cache-read';
  if (h.includes('input')) return batch ? 'batch-input' : 'input';
  if (h.includes('output')) return batch ? 'batch-output' : 'output';
  return undefined;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.replace(/\*\*/g, '').trim());

/** The page capture's rows (us-east-1, in-region). Latency-optimized variants are a separate tier and skipped. */
export function parseBedrockPage(text: string): BedrockRow[] {
  const file = SOURCE_FILES.bedrockPage.file;
  const rows: BedrockRow[] = [];
  let meters: Array<BedrockMeter | undefined> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('|')) {
      meters = undefined;
      continue;
    }
    const c = cells(line);
    if (/^-+$/.test(c[0] ?? '')) continue;
    if (!meters) {
      meters = c.map(meterOfHeader);
      continue;
    }
    const name = c[0] ?? '';
    const model = PAGE_MODEL_IDS[name];
    if (!name || !model) continue;
    const usdPer1M: BedrockRow['usdPer1M'] = {};
    c.forEach((cell, i) => {
      const meter = meters![i];
      const m = /^\$([0-9.]+)$/.exec(cell);
      if (meter && m) usdPer1M[meter] = Number((Number(m[1]) * 1000).toPrecision(12));
    });
    if (usdPer1M.input === undefined) throw new Error(`price source ${file}: ${name} has no input price`);
    rows.push({ model, where: 'us-east-1', route: 'in-region', usdPer1M, kind: 'text-generation', sourceName: name });
  }
  return rows;
}

interface LiteLlmEntry {
  mode?: string;
  input_cost_per_token?: number;
  output_cost_per_token?: number;
  input_cost_per_token_batches?: number;
  output_cost_per_token_batches?: number;
  cache_read_input_token_cost?: number;
  cache_creation_input_token_cost?: number;
}

const GEO_PREFIXES = ['us-gov', 'us', 'eu', 'apac', 'jp', 'au'] as const;

/** A LiteLLM key → model id, route and place, or undefined for keys of another form (commitments, other endpoints). */
export function parseLiteLlmKey(key: string): { model: string; route: BedrockRoute; where: string } | undefined {
  let rest = key;
  let where = 'us-east-1';
  const regional = /^bedrock\/([a-z]{2}(?:-gov)?-[a-z]+-\d)\/(.+)$/.exec(rest);
  if (regional) {
    where = regional[1]!;
    rest = regional[2]!;
  } else rest = rest.replace(/^bedrock\//, '');
  if (rest.includes('/')) return undefined;
  let route: BedrockRoute = 'in-region';
  if (rest.startsWith('global.')) {
    route = 'global';
    where = 'global';
    rest = rest.slice('global.'.length);
  } else {
    const geo = GEO_PREFIXES.find((g) => rest.startsWith(`${g}.`));
    if (geo) {
      route = 'geo';
      where = geo;
      rest = rest.slice(geo.length + 1);
    }
  }
  const model = rest
    .replace(/-v1(:\d+)?$/, '')
    .replace(/:\d+$/, '')
    .replace(/-\d{8}$/, '');
  if (!/^[a-z0-9-]+\.[a-z0-9][a-z0-9.-]*$/.test(model)) return undefined;
  return { model, route, where };
}

/** LiteLLM's Bedrock rows with token prices (chat and embedding models), per 1M tokens. */
export function parseLiteLlm(text: string): BedrockRow[] {
  const data = JSON.parse(text) as Record<string, LiteLlmEntry>;
  const rows: BedrockRow[] = [];
  const per1M = (usdPerToken: number | undefined) =>
    typeof usdPerToken === 'number' && usdPerToken > 0 ? Number((usdPerToken * 1e6).toPrecision(12)) : undefined;
  for (const key of Object.keys(data).sort()) {
    const e = data[key]!;
    if (e.mode !== 'chat' && e.mode !== 'embedding') continue;
    const place = parseLiteLlmKey(key);
    if (!place) continue;
    const usdPer1M: BedrockRow['usdPer1M'] = {};
    const put = (meter: BedrockMeter, v: number | undefined) => {
      const usd = per1M(v);
      if (usd !== undefined) usdPer1M[meter] = usd;
    };
    put('input', e.input_cost_per_token);
    put('output', e.output_cost_per_token);
    put('batch-input', e.input_cost_per_token_batches);
    put('batch-output', e.output_cost_per_token_batches);
    put('cache-read', e.cache_read_input_token_cost);
    put('cache-write', e.cache_creation_input_token_cost);
    if (usdPer1M.input === undefined && usdPer1M.output === undefined) continue;
    rows.push({ ...place, usdPer1M, kind: e.mode === 'embedding' ? 'embedding' : 'text-generation', sourceName: key });
  }
  return rows;
}

/** Provisioned Throughput per model unit per hour from LiteLLM's commitment rows (legacy models only). */
export function parseLiteLlmCommitments(
  text: string,
): Array<{ model: string; region: string; term: '1-month' | '6-month'; usdPerHour: number; sourceName: string }> {
  const data = JSON.parse(text) as Record<string, { input_cost_per_second?: number }>;
  const out = [];
  for (const key of Object.keys(data).sort()) {
    const m = /^bedrock\/([a-z]{2}(?:-gov)?-[a-z]+-\d)\/(1|6)-month-commitment\/(.+)$/.exec(key);
    const perSecond = data[key]!.input_cost_per_second;
    if (!m || typeof perSecond !== 'number' || !(perSecond > 0)) continue;
    const place = parseLiteLlmKey(m[3]!);
    if (!place) continue;
    out.push({
      model: place.model,
      region: m[1]!,
      term: m[2] === '1' ? ('1-month' as const) : ('6-month' as const),
      usdPerHour: Number((perSecond * 3600).toPrecision(12)),
      sourceName: key,
    });
  }
  return out;
}
