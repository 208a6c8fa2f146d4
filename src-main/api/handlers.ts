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
  /**
   * The UI session that called: the desktop window, or one page of a browser tab (the page sends a
   * random id of its own). It keys per-session state such as the autosave slot; it grants nothing.
   * Absent: the anonymous session (calls from scripts and tests).
   */
  session?: string;
}

/** Handlers receive the request after validation (zod output type). */
export type ParsedRequestOf<K extends OperationName> = z.output<(typeof apiContract)[K]['request']>;

export type ApiHandler<K extends OperationName> = (
  request: ParsedRequestOf<K>,
  context: CallContext,
) => Promise<ResponseOf<K>>;

export type ApiHandlers = { [K in OperationName]: ApiHandler<K> };
