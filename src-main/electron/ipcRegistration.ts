/**
 * Registers one IPC handler per contract operation (the channel names come from the contract; none
 * is written by hand). Every call is checked for its sender and validated by `dispatch` before the
 * handler runs. Written against a minimal IpcMain-like interface so it is tested without Electron.
 */
import { ipcChannel } from '@shared/api/client';
import { operationNames } from '@shared/api/contract';
import { fail, type ApiEnvelope } from '@shared/api/envelope';
import { dispatch } from '../api/dispatch';
import type { ApiHandlers } from '../api/handlers';
import type { Logger } from '../runtime/logger';
import { DESKTOP_SESSION } from '../runtime/sessions';

/** The part of an IPC event we look at: the frame that sent it. */
export interface IpcSender {
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSender, request: unknown) => Promise<ApiEnvelope<unknown>>): void;
}

export function registerIpcHandlers(
  ipc: IpcMainLike,
  handlers: ApiHandlers,
  isTrusted: (frameUrl: string | undefined, isMainFrame: boolean) => boolean,
  logger: Logger,
): string[] {
  const channels: string[] = [];
  for (const operation of operationNames) {
    const channel = ipcChannel(operation);
    ipc.handle(channel, async (event, request) => {
      const frame = event.senderFrame;
      if (!isTrusted(frame?.url, frame !== null && frame.parent === null)) {
        logger.warn(`refused ${operation} from ${frame?.url ?? 'an unknown frame'}`);
        return fail('forbidden', 'refused: the call did not come from the app window');
      }
      return dispatch(handlers, operation, request, { transport: 'ipc', session: DESKTOP_SESSION }, logger);
    });
    channels.push(channel);
  }
  return channels;
}
