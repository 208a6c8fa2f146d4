/** The vocabulary of a price refresh: what to fetch, progress while fetching, and the report after. */

import { REFRESH_SERVICE_IDS, type RefreshServiceId } from '@shared/prices/services';

/** The services a refresh can fetch (EKS has a flat fee and is not fetched); the list lives in src-shared. */
export type RefreshService = RefreshServiceId;
export const REFRESH_SERVICES: ReadonlyArray<RefreshService> = REFRESH_SERVICE_IDS;

/** Progress so far, cumulative over the whole refresh. */
export interface RefreshProgress {
  service: RefreshService;
  region: string;
  /** What is being fetched right now, e.g. "sagemaker us-east-1 instances". */
  step: string;
  pages: number;
  products: number;
  requests: number;
  /** Public price list downloads: bytes of the file being read, and its announced size. */
  bytes?: number;
  totalBytes?: number;
}

/** Where a refresh reads prices: the Price List Query API (credentials) or AWS's public price list files. */
export type RefreshSource = 'api' | 'public';

/** What a refresh should fetch. */
export interface RefreshOptions {
  regions?: string[];
  services?: RefreshService[];
  profile?: string;
  /** Default: the API when AWS credentials are found, the public files otherwise. */
  source?: RefreshSource;
  signal?: AbortSignal;
  onProgress?: (progress: RefreshProgress) => void;
}

/** An item the normalizers could not place, as reported. */
export interface ReportedSkip {
  service: RefreshService;
  region: string;
  sku?: string;
  reason: string;
}

/** The outcome of a refresh, successful or not. */
export interface RefreshReport {
  ok: boolean;
  /** 'failed' (network, credentials, API error) or 'cancelled' when not ok. */
  status: 'ok' | 'failed' | 'cancelled';
  /** Why it failed, in words a person can act on. */
  error?: string;
  /** 'credentials' | 'network' | 'api' | 'cache' when failed: the CLI maps these to exit codes. */
  errorKind?: 'credentials' | 'network' | 'api' | 'cache';
  startedAt: string;
  finishedAt: string;
  regions: string[];
  services: RefreshService[];
  /** Where the prices were read. */
  source: RefreshSource;
  requests: number;
  /** Bytes downloaded (public price list files). */
  bytes?: number;
  pages: number;
  products: number;
  prices: number;
  /** Items of unknown shape: skipped and counted, never fatal. */
  skippedCount: number;
  /** The first few skipped items, for the log. */
  skipped: ReportedSkip[];
  /** Decoys and unwanted products knowingly ignored. */
  ignored: number;
  /** Query restarts after an expired or invalid NextToken. */
  restarts: number;
  /** Prices the previous catalog had that this refresh returned none for: kept, marked (see keepPrevious.ts). */
  keptFromBefore: number;
  /** The first few of their keys, for the report. */
  keptSample: string[];
}
