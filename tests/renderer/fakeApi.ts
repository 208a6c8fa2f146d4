/**
 * A fake InferCalcApi for store and component tests: each operation answers from a handler the test
 * provides (or fails loudly when the test did not expect the call); events are emitted by hand.
 */
import { methodName, subscriptionName, type InferCalcApi } from '@shared/api/client';
import {
  eventNames,
  operationNames,
  type EventName,
  type EventPayload,
  type OperationName,
  type RequestOf,
  type ResponseOf,
} from '@shared/api/contract';
import type { ApiEnvelope } from '@shared/api/envelope';

export type FakeHandlers = {
  [K in OperationName]?: (request: RequestOf<K>) => ResponseOf<K> | ApiEnvelope<ResponseOf<K>> | Promise<ResponseOf<K>>;
};

export interface FakeApi {
  api: InferCalcApi;
  calls: Array<{ operation: OperationName; request: unknown }>;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

function isEnvelope(value: unknown): value is ApiEnvelope<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && ('result' in value || 'error' in value);
}

export function createFakeApi(handlers: FakeHandlers): FakeApi {
  const calls: FakeApi['calls'] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api: Record<string, unknown> = {};
  for (const operation of operationNames) {
    api[methodName(operation)] = async (request: unknown) => {
      calls.push({ operation, request });
      const handler = handlers[operation] as ((r: unknown) => unknown) | undefined;
      if (!handler)
        return { ok: false, error: { code: 'internal', message: `fake API: unexpected call ${operation}` } };
      const value = await handler(request);
      return isEnvelope(value) ? value : { ok: true, result: value };
    };
  }
  for (const event of eventNames) {
    api[subscriptionName(event)] = (listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    };
  }
  return {
    api: api as InferCalcApi,
    calls,
    emit: (event, payload) => listeners.get(event)?.forEach((l) => l(payload)),
  };
}

export const sampleAppInfo: ResponseOf<'app.info'> = {
  name: 'InferCalc',
  version: '9.8.7',
  dataFolder: '/home/someone/.config/InferCalc',
  mode: 'web',
  prices: { kind: 'snapshot', label: 'embedded snapshot', asOf: '2026-07-20', warnings: [] },
};
