/**
 * The back end's side of the contract: one handler per operation, typed from src-shared/api/contract.
 * The same handlers serve Electron IPC and the web mode's HTTP routes.
 */
import type { z } from 'zod';
import type { apiContract, OperationName, ResponseOf } from '@shared/api/contract';

/** What a handler knows about its caller. */
export interface CallContext {
  /** 'ipc' from the desktop window, 'http' from the web mode. */
  transport: 'ipc' | 'http';
}

/** Handlers receive the request after validation (zod output type). */
export type ParsedRequestOf<K extends OperationName> = z.output<(typeof apiContract)[K]['request']>;

export type ApiHandler<K extends OperationName> = (
  request: ParsedRequestOf<K>,
  context: CallContext,
) => Promise<ResponseOf<K>>;

export type ApiHandlers = { [K in OperationName]: ApiHandler<K> };
