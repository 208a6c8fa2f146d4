// The desktop path of `loadtest.open` through the BUILT main process (with the recording Electron
// stand-in): the page's IPC call makes main show a native multi-file open dialog, main reads only the
// files chosen there, and the page gets their measured points. A path sent by the page is refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannel } from '@shared/api/client';
import { PLAIN_CSV } from '../cli/loadtestFixtures';
import { bootMain, callsNamed, ensureBuilt, type BootedMain } from './support/bootHarness';

const APP_PAGE = 'app://infercalc/index.html';
const folder = mkdtempSync(join(tmpdir(), 'infercalc-loadtest-dialog-'));
const chosen = join(folder, 'results.csv');
writeFileSync(chosen, PLAIN_CSV);

let main: BootedMain | undefined;
beforeAll(async () => {
  ensureBuilt();
  main = await bootMain({
    STANDIN_DISPLAYS: JSON.stringify([{ x: 0, y: 0, width: 1920, height: 1080 }]),
    STANDIN_OPEN_DIALOG: JSON.stringify({ canceled: false, filePaths: [chosen] }),
  });
  await main.send('ready');
});
afterAll(() => main?.stop());

const call = (request: unknown) =>
  main!.send<{
    ok: boolean;
    result?: { cancelled: boolean; fileNames?: string[]; points?: unknown[] };
    error?: { code: string };
  }>('invokeIpc', { channel: ipcChannel('loadtest.open'), request, frameUrl: APP_PAGE, isMainFrame: true });

describe('loadtest.open on the desktop', () => {
  it('shows the native open dialog for several files and reads the chosen one', async () => {
    const answer = await call({});
    expect(answer).toMatchObject({ ok: true, result: { cancelled: false, fileNames: ['results.csv'] } });
    expect(answer.result!.points).toHaveLength(3);
    const [dialog] = callsNamed(await main!.send('state'), 'dialog.showOpenDialog');
    const options = dialog!.find((a) => typeof a === 'object' && a !== null && 'properties' in a) as {
      title: string;
      properties: string[];
    };
    expect(options.title).toBe('Import load-test results');
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
  });

  it('refuses a path from the page', async () => {
    expect(await call({ path: chosen })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
