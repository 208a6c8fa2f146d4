/**
 * The shape of the API as the renderer sees it, derived from the contract: one named function per
 * operation ("prices.refresh" → `pricesRefresh`) and one subscription per event
 * ("menu.action" → `onMenuAction`, which returns an unsubscribe function).
 */
import type { ApiEnvelope } from './envelope';
import type { EventName, EventPayload, OperationName, RequestOf, ResponseOf } from './contract';

/** "prices.refresh" → "pricesRefresh". */
export type MethodName<K extends string> = K extends `${infer Head}.${infer Tail}`
  ? `${Head}${Capitalize<MethodName<Tail>>}`
  : K;

export type SubscriptionName<E extends string> = `on${Capitalize<MethodName<E>>}`;

export type Unsubscribe = () => void;

export type InferCalcApi = {
  [K in OperationName as MethodName<K>]: (request: RequestOf<K>) => Promise<ApiEnvelope<ResponseOf<K>>>;
} & {
  [E in EventName as SubscriptionName<E>]: (listener: (payload: EventPayload<E>) => void) => Unsubscribe;
};

/** The runtime counterpart of MethodName. */
export function methodName(operation: string): string {
  return operation.replace(/\.([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The runtime counterpart of SubscriptionName. */
export function subscriptionName(event: string): string {
  const m = methodName(event);
  return `on${m.charAt(0).toUpperCase()}${m.slice(1)}`;
}

/** The IPC channel of an operation or event; the only place a channel string is built. */
export const ipcChannel = (name: string): string => `infercalc:${name}`;

/** The key under which the preload exposes the API on `window`. */
export const API_GLOBAL_KEY = 'infercalc';

/** The web mode's request header that carries the per-start secret (never a cookie: see README, "Web mode"). */
export const WEB_SECRET_HEADER = 'x-infercalc-secret';

/** The web mode's request header naming the calling page's session (one id per page load). */
export const WEB_SESSION_HEADER = 'x-infercalc-session';
