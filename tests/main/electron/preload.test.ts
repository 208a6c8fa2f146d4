// The built preload (out/preload/index.js), evaluated as a sandboxed renderer runs it: a bare
// JavaScript context (no Node globals), a `require` that knows only `electron`, and stand-ins for
// contextBridge and ipcRenderer that record what the bundle does with them.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_GLOBAL_KEY, ipcChannel, methodName, subscriptionName } from '@shared/api/client';
import { eventNames, operationNames } from '@shared/api/contract';
import { ensureBuilt, outDir } from './support/bootHarness';

type Listener = (...args: unknown[]) => void;

class IpcRendererStandIn extends EventEmitter {
  invoked: [string, unknown][] = [];
  added: [string, Listener][] = [];
  removed: [string, Listener][] = [];
  invoke(channel: string, request: unknown): Promise<unknown> {
    this.invoked.push([channel, request]);
    return Promise.resolve({ ok: true, result: `answer from ${channel}` });
  }
  override on(channel: string, listener: Listener): this {
    this.added.push([channel, listener]);
    return super.on(channel, listener);
  }
  override removeListener(channel: string, listener: Listener): this {
    this.removed.push([channel, listener]);
    return super.removeListener(channel, listener);
  }
}

let exposed: [string, Record<string, (...args: unknown[]) => unknown>][];
let ipcRenderer: IpcRendererStandIn;
let api: Record<string, (...args: unknown[]) => unknown>;

beforeAll(() => {
  ensureBuilt();
  exposed = [];
  ipcRenderer = new IpcRendererStandIn();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: never) => exposed.push([key, value]) },
    ipcRenderer,
  };
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require "${name}"`);
  };
  const code = readFileSync(join(outDir, 'preload', 'index.js'), 'utf8');
  const context = createContext({});
  const wrapper = runInContext(`(function (exports, require, module) {\n${code}\n})`, context, {
    filename: 'preload/index.js',
  }) as (exports: object, require: unknown, module: object) => void;
  const module = { exports: {} };
  wrapper(module.exports, sandboxRequire, module);
  api = exposed[0]![1];
});

describe('the preload in a sandbox-like context', () => {
  it('exposes one key whose functions are exactly the contract operations and event subscriptions', () => {
    expect(exposed.map(([key]) => key)).toEqual([API_GLOBAL_KEY]);
    const expected = [...operationNames.map(methodName), ...eventNames.map(subscriptionName)].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call to its own channel with the request (an empty one when none is given)', async () => {
    for (const operation of operationNames) {
      ipcRenderer.invoked = [];
      const request = { probe: operation };
      await expect(api[methodName(operation)]!(request)).resolves.toEqual({
        ok: true,
        result: `answer from ${ipcChannel(operation)}`,
      });
      expect(ipcRenderer.invoked).toEqual([[ipcChannel(operation), request]]);
    }
    ipcRenderer.invoked = [];
    await api[methodName('app.info')]!();
    expect(ipcRenderer.invoked).toEqual([[ipcChannel('app.info'), {}]]);
  });

  it('delivers each event payload (never the IPC event) to subscribers, and unsubscribing stops it', () => {
    for (const event of eventNames) {
      const channel = ipcChannel(event);
      const received: unknown[][] = [];
      const unsubscribe = api[subscriptionName(event)]!((...args: unknown[]) => received.push(args)) as () => void;
      const [[addedChannel, wrapped]] = ipcRenderer.added.slice(-1) as [[string, Listener]];
      expect(addedChannel).toBe(channel);
      const ipcEvent = { sender: 'the IpcRenderer itself' };
      ipcRenderer.emit(channel, ipcEvent, { payload: event });
      expect(received).toEqual([[{ payload: event }]]);

      unsubscribe();
      expect(ipcRenderer.removed.slice(-1)).toEqual([[channel, wrapped]]);
      expect(ipcRenderer.listenerCount(channel)).toBe(0);
      ipcRenderer.emit(channel, ipcEvent, { payload: 'after unsubscribe' });
      expect(received).toHaveLength(1);
    }
  });
});
