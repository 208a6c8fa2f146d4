/**
 * Results cross the IPC and HTTP borders in an envelope, because Electron keeps only an error's
 * message: `{ ok: true, result }` or `{ ok: false, error: { code, message } }`. The message is
 * written for the person using the app and names the problem; the code says what kind of problem it
 * is, so the UI never has to match message text.
 */
import { z } from 'zod';

export const API_ERROR_CODES = [
  /** The arguments failed validation; the message names the field. */
  'bad-request',
  /** The operation name is not in the contract. */
  'unknown-operation',
  /** The caller is not the app's own frame, lacks the web-mode secret, or asked for a file the user did not choose. */
  'forbidden',
  /** A file or resource that was asked for does not exist. */
  'not-found',
  /** A file could not be read or written (permission denied, read-only disk, disk full, not a regular file). */
  'file-error',
  /** A project file is not a valid InferCalc project; the message names the field. */
  'invalid-project',
  /** The operation is not available here (e.g. native dialogs in web mode: upload or download instead). */
  'not-supported',
  /** The work would pass a stated limit (designs per project, time budget, request size). */
  'too-large',
  /** The prices needed are not available. */
  'unavailable',
  /** A network or credentials failure (including the page not reaching the InferCalc server). */
  'network',
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

/** The envelope's own shape (the result is checked against the operation's response schema separately). */
export const EnvelopeSchema = z.union([
  z.strictObject({ ok: z.literal(true), result: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: z.enum(API_ERROR_CODES), message: z.string() }),
  }),
]);

export const ok = <T>(result: T): ApiEnvelope<T> => ({ ok: true, result });
export const fail = (code: ApiErrorCode, message: string): ApiEnvelope<never> => ({
  ok: false,
  error: { code, message },
});
