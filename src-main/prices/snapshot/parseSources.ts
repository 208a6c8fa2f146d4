/**
 * Parsers for the raw source files. Each returns plain data and throws with the file's name when the
 * file does not have the expected shape: a snapshot built from a misread file must fail loudly.
 */

/** `{ region: { instanceName: usd } }` from the SageMaker hosting file. */
export type RegionPrices = Record<string, Record<string, number>>;

/** One record of the GPU file. */
export interface GpuInstanceRecord {
  name: string;
  gpu: string;
  gpuCount: number;
  gpuMemory: string;
  vcpu: number;
  memory: string;
  pricing: Record<string, { onDemand?: number; reserved?: number }>;
}

function fail(file: string, why: string): never {
  throw new Error(`price source ${file}: ${why}`);
}

/** Parses the `{region: {type: price}}` JSON of the SageMaker hosting file. */
export function parseRegionPrices(text: string, file: string): RegionPrices {
  const data = JSON.parse(text) as unknown;
  if (typeof data !== 'object' || data === null) fail(file, 'expected an object of regions');
  for (const [region, prices] of Object.entries(data)) {
    if (typeof prices !== 'object' || prices === null) fail(file, `region ${region} is not an object`);
    for (const [type, usd] of Object.entries(prices as Record<string, unknown>)) {
      if (typeof usd !== 'number' || !Number.isFinite(usd)) fail(file, `${region}/${type} is not a number`);
    }
  }
  return data as RegionPrices;
}

/**
 * Parses Karpenter's generated Go map literal: `"us-east-1": { "a1.large": 0.051000, ... }`.
 * Only string-keyed numbers inside a region block count; comments and Go syntax are skipped.
 */
export function parseGoPriceMap(text: string, file: string): RegionPrices {
  const out: RegionPrices = {};
  let region: string | undefined;
  for (const line of text.split('\n')) {
    const regionMatch = /^\s*"([a-z0-9-]+)":\s*\{\s*$/.exec(line);
    if (regionMatch) {
      region = regionMatch[1]!;
      out[region] = {};
      continue;
    }
    if (!region) continue;
    for (const m of line.matchAll(/"([a-z0-9.-]+)":\s*([0-9.]+)/g)) {
      out[region]![m[1]!] = Number(m[2]);
    }
  }
  if (Object.keys(out).length === 0) fail(file, 'no region block found');
  return out;
}

/** Parses the GPU file: a JS constant `const allGPUInstances = [...];` whose array is JSON. */
export function parseGpuInstances(text: string, file: string): GpuInstanceRecord[] {
  const start = text.indexOf('[');
  const end = text.lastIndexOf(']');
  if (start < 0 || end < start) fail(file, 'no array literal found');
  const data = JSON.parse(text.slice(start, end + 1)) as unknown;
  if (!Array.isArray(data)) fail(file, 'expected an array');
  for (const r of data as GpuInstanceRecord[]) {
    if (typeof r.name !== 'string' || typeof r.pricing !== 'object') fail(file, 'record without name or pricing');
  }
  return data as GpuInstanceRecord[];
}

/** Parses an aws-price-watcher file: `{ meterName: { locationName: "decimal" } }`. */
export function parseLocationPrices(text: string, file: string): Record<string, Record<string, number>> {
  const data = JSON.parse(text) as Record<string, Record<string, string>>;
  const out: Record<string, Record<string, number>> = {};
  for (const [meter, byLocation] of Object.entries(data)) {
    out[meter] = {};
    for (const [location, usd] of Object.entries(byLocation)) {
      const n = Number(usd);
      if (!Number.isFinite(n)) fail(file, `${meter} at ${location} is not a number`);
      out[meter]![location] = n;
    }
  }
  return out;
}

/**
 * Reads one line item of an infracost golden table, e.g. "Compute duration (2048 MB)  500,000  seconds  $20.00",
 * and returns quantity and cost; the unit price is cost / quantity. Throws when the line is absent.
 */
export function goldenLine(text: string, label: string, file: string): { quantity: number; costUsd: number } {
  for (const line of text.split('\n')) {
    const at = line.indexOf(label);
    if (at < 0) continue;
    const m = /([0-9][0-9,.]*)\s+[A-Za-z-]+\s+\$([0-9,.]+)/.exec(line.slice(at + label.length));
    if (m) return { quantity: Number(m[1]!.replace(/,/g, '')), costUsd: Number(m[2]!.replace(/,/g, '')) };
  }
  return fail(file, `no line item "${label}" with quantity and cost`);
}

/**
 * The unit price behind a golden line item. Costs in the table are rounded to cents, so cost / quantity
 * is not exact (0.93 / 6.6666 = 0.1395...); the price is the one with the fewest significant digits
 * that reproduces the printed cost, which recovers the list price (0.14).
 */
export function unitPriceFromGolden(quantity: number, costUsd: number): number {
  const raw = costUsd / quantity;
  for (let digits = 1; digits <= 10; digits++) {
    const candidate = Number(raw.toPrecision(digits));
    if (Math.round(candidate * quantity * 100) === Math.round(costUsd * 100)) return candidate;
  }
  return raw;
}
