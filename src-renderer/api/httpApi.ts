/**
 * The web mode's API: the same InferCalcApi over HTTP (POST /api/<operation>) and server-sent events
 * (/api/events). The server's secret travels in an HttpOnly cookie, so this code never sees it.
 */
import { methodName, subscriptionName, type InferCalcApi } from '@shared/api/client';
import { eventNames, operationNames } from '@shared/api/contract';
import type { ApiEnvelope } from '@shared/api/envelope';

export interface HttpApiDeps {
  fetch: typeof fetch;
  /** Creates the event stream; absent where events are not needed (tests). */
  eventSource?: (url: string) => EventSource;
  baseUrl?: string;
}

export function createHttpApi(deps: HttpApiDeps): InferCalcApi {
  const base = deps.baseUrl ?? '';
  const api: Record<string, unknown> = {};
  for (const operation of operationNames) {
    api[methodName(operation)] = async (request: unknown): Promise<ApiEnvelope<unknown>> => {
      try {
        const response = await deps.fetch(`${base}/api/${operation}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(request ?? {}),
        });
        if (response.headers.get('content-type')?.startsWith('application/json')) {
          return (await response.json()) as ApiEnvelope<unknown>;
        }
        return {
          ok: false,
          error: { code: 'forbidden', message: (await response.text()) || `HTTP ${response.status}` },
        };
      } catch (error) {
        return {
          ok: false,
          error: { code: 'unavailable', message: `cannot reach the InferCalc server: ${String(error)}` },
        };
      }
    };
  }
  let stream: EventSource | undefined;
  for (const event of eventNames) {
    api[subscriptionName(event)] = (listener: (payload: unknown) => void) => {
      if (!deps.eventSource) return () => {};
      stream ??= deps.eventSource(`${base}/api/events`);
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data));
      stream.addEventListener(event, handler as EventListener);
      return () => stream?.removeEventListener(event, handler as EventListener);
    };
  }
  return api as InferCalcApi;
}
