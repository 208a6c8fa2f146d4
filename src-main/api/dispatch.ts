/**
 * The single entry for every call from outside (IPC or HTTP): checks the operation name, validates
 * the arguments against the contract's schema, runs the handler, and answers with an envelope.
 * Expected failures (the domain errors of src-shared/errors.ts) are mapped to their codes here, once;
 * anything else becomes 'internal' with a message that does not leak internals, and is logged.
 */
import { apiContract, isOperationName, type OperationName } from '@shared/api/contract';
import { fail, ok, type ApiEnvelope } from '@shared/api/envelope';
import { parseWith } from '@shared/validation';
import type { ApiHandlers, CallContext } from './handlers';
import type { Logger } from '../runtime/logger';
import { envelopeCodeOf } from './errorCodes';

/** Runs one call and answers with its envelope; never throws. */
export async function dispatch(
  handlers: ApiHandlers,
  operation: string,
  rawRequest: unknown,
  context: CallContext,
  logger: Logger,
): Promise<ApiEnvelope<unknown>> {
  if (!isOperationName(operation)) return fail('unknown-operation', `unknown operation "${operation}"`);
  const parsed = parseWith(apiContract[operation].request, rawRequest ?? {});
  if (!parsed.ok) return fail('bad-request', `${operation}: ${parsed.message}`);
  try {
    const handler = handlers[operation] as (req: unknown, ctx: CallContext) => Promise<unknown>;
    return ok(await handler(parsed.value, context));
  } catch (error) {
    const code = envelopeCodeOf(error);
    if (code !== null) return fail(code, (error as Error).message);
    logger.error(`operation ${operation as OperationName} failed`, error);
    return fail('internal', `${operation} failed unexpectedly; see the log for details`);
  }
}
