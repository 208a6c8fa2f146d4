/**
 * Results cross the IPC and HTTP borders in an envelope, because Electron keeps only an error's
 * message: `{ ok: true, result }` or `{ ok: false, error: { code, message } }`. The message is
 * written for the person using the app and names the problem.
 */

export const API_ERROR_CODES = [
  /** The arguments failed validation; the message names the field. */
  'bad-request',
  /** The operation name is not in the contract. */
  'unknown-operation',
  /** The caller is not the app's own frame, or lacks the web-mode secret. */
  'forbidden',
  /** A file or resource that was asked for does not exist. */
  'not-found',
  /** Prices, network or credentials unavailable. */
  'unavailable',
  /** The user cancelled the operation. */
  'cancelled',
  /** Something that should not happen; details are in the main process log. */
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type ApiEnvelope<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };

/** Thrown by handlers for an expected failure; the dispatcher turns it into an error envelope. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const ok = <T>(result: T): ApiEnvelope<T> => ({ ok: true, result });
export const fail = (code: ApiErrorCode, message: string): ApiEnvelope<never> => ({
  ok: false,
  error: { code, message },
});
