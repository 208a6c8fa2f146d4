/**
 * The preload: exposes the API to the page as named functions under `window.infercalc`, one per
 * contract operation ("app.info" → `appInfo()`) and one subscription per event
 * ("menu.action" → `onMenuAction(listener)` → unsubscribe). Never ipcRenderer itself, and never a
 * generic invoke(channel): the page can only call what the contract names.
 * Bundled into one CommonJS file because a sandboxed preload cannot require packages.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_GLOBAL_KEY, ipcChannel, methodName, subscriptionName } from '@shared/api/client';
import { eventNames, operationNames } from '@shared/api/contract';

const api: Record<string, unknown> = {};
for (const operation of operationNames) {
  const channel = ipcChannel(operation);
  api[methodName(operation)] = (request: unknown) => ipcRenderer.invoke(channel, request ?? {});
}
for (const event of eventNames) {
  const channel = ipcChannel(event);
  api[subscriptionName(event)] = (listener: (payload: unknown) => void) => {
    // Wrap so the page never sees the IpcRendererEvent (it exposes `sender`).
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  };
}

contextBridge.exposeInMainWorld(API_GLOBAL_KEY, Object.freeze(api));
