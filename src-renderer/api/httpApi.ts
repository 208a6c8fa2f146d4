/**
 * The web mode's API: the same InferCalcApi over HTTP (POST /api/<operation>) and server-sent events
 * (/api/events, read over fetch). Every call carries the secret and this page's session id as
 * headers (never a cookie: see webSecret.ts). An HTTP status without an envelope is mapped to its
 * code here, once; an answer that is not an envelope is reported, not trusted.
 */
import {
  methodName,
  subscriptionName,
  WEB_SECRET_HEADER,
  WEB_SESSION_HEADER,
  type InferCalcApi,
} from '@shared/api/client';
import { eventNames, operationNames } from '@shared/api/contract';
import { EnvelopeSchema, type ApiEnvelope, type ApiErrorCode } from '@shared/api/envelope';
import { openEventStream } from './eventStream';

export interface HttpApiDeps {
  fetch: typeof fetch;
  /** The web mode's secret (null: the page was not opened from the printed URL). */
  secret: string | null;
  /** This page's session id. */
  session: string;
  /** Keep the event stream open from the start (the server sees the page alive through it). */
  events?: boolean;
  baseUrl?: string;
}

const NO_SECRET = 'this page has no access key: open the address that `npm run web` printed when it started';

/** The envelope code of an HTTP status that came without an envelope. */
export function codeOfStatus(status: number): ApiErrorCode {
  if (status === 400 || status === 405 || status === 415) return 'bad-request';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 413) return 'too-large';
  return 'internal';
}

export function createHttpApi(deps: HttpApiDeps): InferCalcApi {
  const base = deps.baseUrl ?? '';
  const headers: Record<string, string> = { [WEB_SESSION_HEADER]: deps.session };
  if (deps.secret !== null) headers[WEB_SECRET_HEADER] = deps.secret;
  const api: Record<string, unknown> = {};
  for (const operation of operationNames) {
    api[methodName(operation)] = async (request: unknown): Promise<ApiEnvelope<unknown>> => {
      if (deps.secret === null) return { ok: false, error: { code: 'forbidden', message: NO_SECRET } };
      let response: Response;
      try {
        response = await deps.fetch(`${base}/api/${operation}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          credentials: 'omit',
          body: JSON.stringify(request ?? {}),
        });
      } catch (error) {
        return {
          ok: false,
          error: { code: 'network', message: `cannot reach the InferCalc server: ${String(error)}` },
        };
      }
      return envelopeOf(response);
    };
  }
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let stop: (() => void) | null = null;
  const ensureStream = () => {
    if (stop || deps.secret === null) return;
    stop = openEventStream({
      fetch: deps.fetch,
      url: `${base}/api/events`,
      headers,
      onEvent: (event, data) => {
        const set = listeners.get(event);
        if (!set) return;
        let payload: unknown;
        try {
          payload = JSON.parse(data);
        } catch {
          return; // not an event of ours
        }
        for (const listener of set) listener(payload);
      },
    });
  };
  for (const event of eventNames) {
    api[subscriptionName(event)] = (listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      if (deps.events) ensureStream();
      return () => set.delete(listener);
    };
  }
  if (deps.events) ensureStream();
  return api as InferCalcApi;
}

async function envelopeOf(response: Response): Promise<ApiEnvelope<unknown>> {
  if (response.headers.get('content-type')?.startsWith('application/json')) {
    const parsed = EnvelopeSchema.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) return parsed.data as ApiEnvelope<unknown>;
    return {
      ok: false,
      error: { code: 'internal', message: `the server's answer (HTTP ${response.status}) was not understood` },
    };
  }
  const text = await response.text().catch(() => '');
  return { ok: false, error: { code: codeOfStatus(response.status), message: text || `HTTP ${response.status}` } };
}
