// The contract at the IPC border: every operation registered from the contract, every call checked
// for its sender and validated before a handler runs, answers always in an envelope.
import { describe, expect, it } from 'vitest';
import { ipcChannel, methodName, subscriptionName } from '@shared/api/client';
import { apiContract, operationNames } from '@shared/api/contract';
import { InferCalcError } from '@shared/errors';
import { dispatch } from '../../../src-main/api/dispatch';
import type { ApiHandlers } from '../../../src-main/api/handlers';
import { silentLogger } from '../../../src-main/runtime/logger';
import { isTrustedSender, APP_ENTRY_URL } from '../../../src-main/electron/appProtocol';
import { registerIpcHandlers, type IpcMainLike, type IpcSender } from '../../../src-main/electron/ipcRegistration';
import { composeBackend } from '../../../src-main/composition/composeBackend';

const backend = composeBackend({ mode: 'desktop', logger: silentLogger, dataFolder: '/data/InferCalc', env: {} });

function fakeIpc() {
  const registered = new Map<string, (event: IpcSender, request: unknown) => Promise<unknown>>();
  const ipc: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) };
  return { ipc, registered };
}
const appFrame: IpcSender = { senderFrame: { url: APP_ENTRY_URL, parent: null } };

describe('IPC registration', () => {
  it('registers exactly one channel per contract operation', () => {
    const { ipc, registered } = fakeIpc();
    registerIpcHandlers(ipc, backend.handlers, isTrustedSender, silentLogger);
    expect([...registered.keys()].sort()).toEqual(operationNames.map(ipcChannel).sort());
  });

  it('answers the app frame', async () => {
    const { ipc, registered } = fakeIpc();
    registerIpcHandlers(ipc, backend.handlers, isTrustedSender, silentLogger);
    const reply = await registered.get(ipcChannel('app.info'))!(appFrame, {});
    expect(reply).toMatchObject({
      ok: true,
      result: { name: 'InferCalc', mode: 'desktop', dataFolder: '/data/InferCalc' },
    });
  });

  it('rejects calls from a foreign frame or a sub-frame', async () => {
    const { ipc, registered } = fakeIpc();
    registerIpcHandlers(ipc, backend.handlers, isTrustedSender, silentLogger);
    const handler = registered.get(ipcChannel('app.info'))!;
    const foreign = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, {});
    const subFrame = await handler({ senderFrame: { url: APP_ENTRY_URL, parent: {} } }, {});
    const noFrame = await handler({ senderFrame: null }, {});
    for (const reply of [foreign, subFrame, noFrame]) {
      expect(reply).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('refused') } });
    }
  });
});

describe('dispatch', () => {
  const ctx = { transport: 'ipc' as const, session: 'desktop-window' };

  it('gives bad arguments an error envelope that names the field', async () => {
    const reply = await dispatch(backend.handlers, 'app.info', { colour: 'red' }, ctx, silentLogger);
    expect(reply).toEqual({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('colour') } });
    const notObject = await dispatch(backend.handlers, 'app.info', 42, ctx, silentLogger);
    expect(notObject.ok).toBe(false);
  });

  it('refuses operations that are not in the contract', async () => {
    const reply = await dispatch(backend.handlers, 'constructor', {}, ctx, silentLogger);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'unknown-operation', message: 'unknown operation "constructor"' },
    });
  });

  it('keeps an expected failure’s code and hides an unexpected one’s internals', async () => {
    const failing = (error: Error): ApiHandlers => ({
      ...backend.handlers,
      'app.info': async () => {
        throw error;
      },
    });
    const expected = await dispatch(
      failing(new InferCalcError('prices-unavailable', 'no prices')),
      'app.info',
      {},
      ctx,
      silentLogger,
    );
    expect(expected).toEqual({ ok: false, error: { code: 'unavailable', message: 'no prices' } });
    const unexpected = await dispatch(failing(new Error('secret path /x/y')), 'app.info', {}, ctx, silentLogger);
    expect(unexpected).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(unexpected)).not.toContain('/x/y');
  });
});

describe('contract', () => {
  it('documents every operation', () => {
    for (const name of operationNames) expect(apiContract[name].doc.length).toBeGreaterThan(10);
  });

  it('derives method and subscription names', () => {
    expect(methodName('app.info')).toBe('appInfo');
    expect(methodName('prices.refresh')).toBe('pricesRefresh');
    expect(subscriptionName('menu.action')).toBe('onMenuAction');
  });
});
