/**
 * A fake AWS Price List + Savings Plans server on 127.0.0.1 (ephemeral port), speaking the real wire
 * protocols so the real SDK clients talk to it: Pricing is AWS JSON 1.1 (POST / with
 * `x-amz-target: AWSPriceListService.GetProducts`), Savings Plans is REST-JSON
 * (POST /DescribeSavingsPlansOfferingRates), EC2 is the EC2 Query protocol (fakeEc2Query.ts). Errors are
 * JSON `{"__type", "message"}` bodies (EC2: its XML error form).
 * Faults are injected per test: throttling bursts, 5xx, failure after N pages, expired tokens, slowness.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerSpotPriceHistory, sendEc2Error, signedRegion, type FakeSpotRecord } from './fakeEc2Query';

/** A GetProducts request as received. */
export interface ProductsRequest {
  ServiceCode: string;
  Filters?: Array<{ Type: string; Field: string; Value: string }>;
  MaxResults?: number;
  NextToken?: string;
}

/** Faults to inject; each counter is consumed as requests arrive. */
export interface Faults {
  /** Answer this many requests with ThrottlingException (400) before serving. */
  throttle?: number;
  /** Answer this many requests with InternalErrorException (500). */
  serverErrors?: number;
  /** After this many successful pages, every request fails with a 500 (retries cannot help). */
  failAfterPages?: number;
  /** The first request carrying a NextToken gets ExpiredNextTokenException (once per count). */
  expireTokens?: number;
  /** Delay every response this long (ms). */
  delayMs?: number;
  /** Answer every request with this error (e.g. 403 AccessDeniedException); no retry helps. */
  reject?: { status: number; type: string; message: string };
  /** Answer EC2 spot price requests only with this error (e.g. 403 UnauthorizedOperation). */
  rejectSpot?: { status: number; type: string; message: string };
}

/** The fake server and what it saw. */
export interface FakeAwsServer {
  url: string;
  /** Every request: the operation and its parsed body. */
  requests: Array<{ operation: string; body: Record<string, unknown> }>;
  faults: Faults;
  close(): Promise<void>;
}

/** Products per ServiceCode (items are JSON strings); rates for Savings Plans; EC2 spot price history. */
export interface FakeData {
  products: Record<string, string[]>;
  rates?: unknown[];
  spot?: FakeSpotRecord[];
  /** Spot records per page at most (default: the request's MaxResults). */
  spotPageSize?: number;
}

function filterMatches(item: string, filters: ProductsRequest['Filters']): boolean {
  const attrs = (JSON.parse(item) as { product: { productFamily?: string; attributes: Record<string, string> } })
    .product;
  for (const f of filters ?? []) {
    const value = f.Field === 'productFamily' ? attrs.productFamily : attrs.attributes[f.Field];
    if (value === undefined) continue; // The real API does not match missing attributes either way; keep the decoy in play.
    if ((f.Type === 'TERM_MATCH' || f.Type === 'EQUALS') && value !== f.Value) return false;
    if (f.Type === 'ANY_OF' && !f.Value.split(',').includes(value)) return false;
    if (f.Type === 'CONTAINS' && !value.includes(f.Value)) return false;
  }
  return true;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown, contentType: string): void {
  res.writeHead(status, { 'content-type': contentType, 'x-amzn-requestid': 'fake' });
  res.end(JSON.stringify(body));
}

/** Pages an array by an offset token. */
function page<T>(all: T[], token: string | undefined, size: number): { items: T[]; next?: string } {
  const start = token ? Number(token.split(':')[1]) : 0;
  const items = all.slice(start, start + size);
  return start + size < all.length ? { items, next: `tok:${start + size}` } : { items };
}

/** Starts the server. */
export async function startFakeAwsServer(data: FakeData, faults: Faults = {}): Promise<FakeAwsServer> {
  const requests: FakeAwsServer['requests'] = [];
  let pagesServed = 0;
  const state: FakeAwsServer = { url: '', requests, faults, close: async () => {} };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const text = await readBody(req);
      const target = String(req.headers['x-amz-target'] ?? '');
      const isPricing = req.method === 'POST' && req.url === '/' && target === 'AWSPriceListService.GetProducts';
      const isRates = req.method === 'POST' && req.url === '/DescribeSavingsPlansOfferingRates';
      const isEc2 =
        req.method === 'POST' &&
        req.url === '/' &&
        String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
      const json11 = 'application/x-amz-json-1.1';
      const errType = isPricing ? json11 : 'application/json';
      const fail = (status: number, type: string, message: string) =>
        isEc2 ? sendEc2Error(res, status, type, message) : send(res, status, { __type: type, message }, errType);
      if (!isPricing && !isRates && !isEc2)
        return fail(400, 'UnknownOperationException', `${req.method} ${req.url} ${target}`);
      const body: Record<string, unknown> = isEc2
        ? Object.fromEntries(new URLSearchParams(text))
        : text
          ? (JSON.parse(text) as Record<string, unknown>)
          : {};
      const operation = isPricing
        ? 'GetProducts'
        : isRates
          ? 'DescribeSavingsPlansOfferingRates'
          : String(body['Action']);
      requests.push({ operation, body });
      const f = state.faults;
      if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs));
      if (res.destroyed) return;
      if (f.reject) return fail(f.reject.status, f.reject.type, f.reject.message);
      if (isEc2 && f.rejectSpot) return fail(f.rejectSpot.status, f.rejectSpot.type, f.rejectSpot.message);
      if (f.throttle && f.throttle > 0) {
        f.throttle -= 1;
        return isEc2
          ? fail(503, 'RequestLimitExceeded', 'Request limit exceeded.')
          : fail(400, 'ThrottlingException', 'Rate exceeded');
      }
      const serverError = isPricing ? 'InternalErrorException' : isRates ? 'InternalServerException' : 'InternalError';
      if (f.serverErrors && f.serverErrors > 0) {
        f.serverErrors -= 1;
        return fail(500, serverError, 'boom');
      }
      if (f.failAfterPages !== undefined && pagesServed >= f.failAfterPages) return fail(500, serverError, 'down');
      if (isEc2) {
        pagesServed += 1;
        return answerSpotPriceHistory(
          res,
          text,
          signedRegion(req.headers['authorization']),
          data.spot ?? [],
          data.spotPageSize,
        );
      }
      if (isPricing) {
        const r = body as unknown as ProductsRequest;
        if (r.NextToken && f.expireTokens && f.expireTokens > 0) {
          f.expireTokens -= 1;
          return send(res, 400, { __type: 'ExpiredNextTokenException', message: 'token expired' }, json11);
        }
        const all = (data.products[r.ServiceCode] ?? []).filter((i) => filterMatches(i, r.Filters));
        const p = page(all, r.NextToken, r.MaxResults ?? 100);
        pagesServed += 1;
        return send(
          res,
          200,
          { FormatVersion: 'aws_v1', PriceList: p.items, ...(p.next ? { NextToken: p.next } : {}) },
          json11,
        );
      }
      const filters = (body['filters'] as Array<{ name: string; values: string[] }> | undefined) ?? [];
      const types = (body['savingsPlanTypes'] as string[] | undefined) ?? [];
      const region = filters.find((x) => x.name === 'region')?.values ?? [];
      const all = (data.rates ?? []).filter((rate) => {
        const r = rate as {
          savingsPlanOffering: { planType: string };
          properties: Array<{ name: string; value: string }>;
        };
        const rr = r.properties.find((p) => p.name === 'region')?.value ?? '';
        return types.includes(r.savingsPlanOffering.planType) && (region.length === 0 || region.includes(rr));
      });
      const p = page(all, body['nextToken'] as string | undefined, Number(body['maxResults'] ?? 1000));
      pagesServed += 1;
      return send(res, 200, { searchResults: p.items, ...(p.next ? { nextToken: p.next } : {}) }, 'application/json');
    })().catch((e: unknown) => {
      if (!res.headersSent)
        send(res, 500, { __type: 'InternalErrorException', message: String(e) }, 'application/json');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
