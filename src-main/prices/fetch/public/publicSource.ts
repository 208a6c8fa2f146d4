/**
 * Prices from AWS's public price list files, no credentials needed: the offer index, each service's
 * region index and region offer file, the Savings Plans region indexes and files the offer index
 * names for SageMaker and EC2 (Compute and EC2 Instance plans), and the public spot price feed.
 * Every file is streamed and filtered while it is read; the products kept go through the same
 * normalizers as the Query API's answers. Any failure (after retries) or a cancel ends the whole
 * refresh, like the API path, so a half-read region never replaces good cached prices.
 */
import type { PriceEntry } from '@shared/prices/catalog';
import { parseKey } from '@shared/prices/keys';
import { collectOfferingRates, collectPriceListItems, type PriceListService } from '../../normalize/normalizeProducts';
import { OutcomeCollector } from '../../normalize/outcome';
import type { RefreshProgress, RefreshService } from '../../refreshTypes';
import { productQueries } from '../queries';
import type { RetryOptions } from '../retry';
import { progressAt, type FetchResult } from '../runRefresh';
import type { NetworkTimeouts } from '../timeouts';
import { ContentError, download, type DownloadContext } from './download';
import {
  fetchIndex,
  OFFER_INDEX_PATH,
  OfferIndexSchema,
  RegionIndexSchema,
  SavingsPlanRegionIndexSchema,
} from './indexFiles';
import { JsonTokenFeeder } from './jsonTokens';
import { OfferFileCollector } from './offerFile';
import { SavingsPlanFileCollector } from './savingsPlanFile';
import type { SelectiveReader } from './selectiveReader';
import { SpotFeedCollector } from './spotFeed';

export const DEFAULT_PUBLIC_PRICES_URL = 'https://pricing.us-east-1.amazonaws.com';

/** The offer code of each Price List service. */
const OFFER_CODES: Readonly<Record<PriceListService, string>> = {
  sagemaker: 'AmazonSageMaker',
  ec2: 'AmazonEC2',
  lambda: 'AWSLambda',
  bedrock: 'AmazonBedrock',
};
/** The offers whose Savings Plans files cover inference: SageMaker plans, and Compute/EC2 Instance plans. */
const PLAN_OFFERS = ['AmazonSageMaker', 'AmazonEC2'];

/** Everything a public fetch needs. */
export interface PublicFetchContext {
  baseUrl: string;
  spotFeedUrl: string;
  timeouts: NetworkTimeouts;
  retry: RetryOptions;
  fetchedAt: string;
  signal?: AbortSignal;
  onProgress?: (progress: RefreshProgress) => void;
  /** Least time between two byte-progress reports (default 250 ms). */
  progressEveryMs?: number;
}

/** A public fetch's result: the API path's, plus the bytes read. */
export interface PublicFetchResult extends FetchResult {
  bytes: number;
}

/** The label a user reads for a price from these files. */
function publicLabel(file: string, published: string | undefined): string {
  return `AWS public price list (${file}${published ? `, published ${published.slice(0, 10)}` : ''})`;
}

/** The file's label on a price the normalizers labelled for the API. */
function relabel(e: PriceEntry, label: string): PriceEntry {
  return { ...e, source: { ...e.source, label } };
}

/** Fetches every (service, region) pair asked for; throws on the first failure or cancel. */
export async function fetchPublicPrices(
  services: ReadonlyArray<RefreshService>,
  regions: ReadonlyArray<string>,
  ctx: PublicFetchContext,
): Promise<PublicFetchResult> {
  const result: PublicFetchResult = {
    entries: [],
    requests: 0,
    pages: 0,
    products: 0,
    restarts: 0,
    skipped: [],
    ignored: 0,
    bytes: 0,
  };
  let lastReport = 0;
  const report = (service: RefreshService, region: string, step: string, bytes?: number, total?: number) => {
    const now = performance.now();
    if (bytes !== undefined && total !== bytes && now - lastReport < (ctx.progressEveryMs ?? 250)) return;
    lastReport = now;
    const p = progressAt(service, region, step, result);
    if (bytes !== undefined) p.bytes = bytes;
    if (total !== undefined) p.totalBytes = total;
    ctx.onProgress?.(p);
  };
  const base = (service: RefreshService, region: string, step: string): DownloadContext => ({
    timeouts: ctx.timeouts,
    retry: ctx.retry,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    onRequest: () => {
      result.requests += 1;
    },
    onBytes: (bytes, total) => report(service, region, step, bytes, total),
  });
  /** Streams one JSON file through a fresh reader (a fresh one again if the download starts over). */
  const streamFile = async <R extends { reader: SelectiveReader }>(
    url: URL,
    make: () => R,
    dctx: DownloadContext,
  ): Promise<R> => {
    let target = make();
    let feeder = new JsonTokenFeeder((t) => target.reader.consume(t));
    const done = await download(
      url,
      {
        write: (chunk) => feeder.write(chunk),
        restart: () => {
          target = make();
          feeder = new JsonTokenFeeder((t) => target.reader.consume(t));
        },
      },
      dctx,
    );
    try {
      feeder.end();
      target.reader.finish();
    } catch (error) {
      throw new ContentError(`${url.href}: ${(error as Error).message} (the file is truncated or damaged)`);
    }
    result.bytes += done.bytes;
    result.pages += 1;
    return target;
  };
  const url = (path: string) => new URL(path, ctx.baseUrl);

  const offerIndex = await fetchIndex(
    url(OFFER_INDEX_PATH),
    OfferIndexSchema,
    base(services[0] ?? 'ec2', regions[0] ?? '', 'offer index'),
  );
  /** An offer of the index; a missing one costs the pairs it would price, reported, not the refresh. */
  const offerOf = (service: RefreshService, code: string) => {
    const offer = offerIndex.offers[code];
    if (!offer)
      for (const region of regions)
        result.skipped.push({ service, region, reason: `the price list offer index names no offer ${code}` });
    return offer;
  };

  /** Savings Plans: the region files of the plan offers the SageMaker and EC2 offers name. */
  const readPlans = async (service: RefreshService, outcomes: Map<string, OutcomeCollector>) => {
    const named = PLAN_OFFERS.map((code) => offerOf(service, code)?.currentSavingsPlanIndexUrl);
    for (const indexPath of new Set(named.filter((p): p is string => p !== undefined))) {
      const plans = indexPath.split('/')[4] ?? 'Savings Plans';
      const regionIndex = await fetchIndex(
        url(indexPath),
        SavingsPlanRegionIndexSchema,
        base(service, regions[0] ?? '', `${plans} region index`),
      );
      for (const region of regions) {
        const file = regionIndex.regions.find((r) => r.regionCode === region);
        if (!file) {
          result.skipped.push({ service, region, reason: `${plans} has no price file for ${region}` });
          continue;
        }
        // Rates are normalized as they are read; a download that starts over starts a fresh collector.
        let pending = new OutcomeCollector();
        const read = await streamFile(
          url(file.versionUrl),
          () => {
            const own = (pending = new OutcomeCollector());
            return new SavingsPlanFileCollector(region, (rate) => collectOfferingRates(own, [rate], ctx.fetchedAt));
          },
          base(service, region, `savings-plans ${region} ${plans}`),
        );
        const got = pending.result();
        const label = publicLabel(plans, read.publicationDate);
        const collector = outcomes.get(region)!;
        result.products += read.rates;
        for (const e of got.entries) collector.add(undefined, { entries: [relabel(e, label)] });
        for (const skip of got.skipped) collector.skip(skip.reason, skip.sku);
        result.ignored += got.ignored;
      }
    }
  };

  /** A Price List service: its region index, then each region's offer file (and the spot feed for EC2). */
  const readOffers = async (service: PriceListService, outcomes: Map<string, OutcomeCollector>) => {
    const code = OFFER_CODES[service];
    const offer = offerOf(service, code);
    if (!offer) return;
    if (!offer.currentRegionIndexUrl)
      throw new ContentError(`the price list offer index names no region index for ${code}`);
    const regionIndex = await fetchIndex(
      url(offer.currentRegionIndexUrl),
      RegionIndexSchema,
      base(service, regions[0] ?? '', `${code} region index`),
    );
    for (const region of regions) {
      const file = regionIndex.regions[region];
      if (!file) {
        result.skipped.push({ service, region, reason: `${code} has no price file for ${region}` });
        continue;
      }
      const queries = productQueries(service, region).map((q) => q.filters);
      const read = await streamFile(
        url(file.currentVersionUrl),
        () => new OfferFileCollector(queries),
        base(service, region, `${service} ${region} offer file`),
      );
      result.products += read.productsSeen;
      const label = publicLabel(`${code} ${region}`, read.publicationDate);
      const collected = new OutcomeCollector();
      collectPriceListItems(collected, service, read.items(code), ctx.fetchedAt);
      const got = collected.result();
      const collector = outcomes.get(region)!;
      for (const e of got.entries) collector.add(undefined, { entries: [relabel(e, label)] });
      for (const skip of got.skipped) collector.skip(skip.reason, skip.sku);
      result.ignored += got.ignored;
    }
    if (service === 'ec2') {
      const spot = await streamFile(
        new URL(ctx.spotFeedUrl),
        () => new SpotFeedCollector(new Set(regions), ctx.fetchedAt),
        base(service, regions[0] ?? '', 'spot price feed'),
      );
      for (const e of spot.entries) outcomes.get(parseKey(e.key)?.region ?? '')?.add(undefined, { entries: [e] });
      for (const skip of spot.skipped) result.skipped.push({ service, region: regions[0] ?? '', ...skip });
    }
  };

  for (const service of services) {
    const outcomes = new Map(regions.map((r) => [r, new OutcomeCollector()]));
    if (service === 'savings-plans') await readPlans(service, outcomes);
    else await readOffers(service, outcomes);
    for (const [region, collector] of outcomes) {
      const outcome = collector.result();
      result.entries.push(...outcome.entries);
      result.ignored += outcome.ignored;
      for (const s of outcome.skipped) result.skipped.push({ service, region, ...s });
    }
  }
  return result;
}
