/**
 * `loadtest.open` through the real dispatch: uploaded content is parsed (web mode, never a path), the
 * desktop dialog's chosen files are the only ones read, and every bad input is refused by name.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiContract } from '@shared/api/contract';
import { loadTestHandlers } from '../../../src-main/api/areas/loadtest';
import { dispatch } from '../../../src-main/api/dispatch';
import type { ApiHandlers } from '../../../src-main/api/handlers';
import { silentLogger } from '../../../src-main/runtime/logger';
import type { FileDialogs } from '../../../src-main/composition/fileDialogs';
import { FMBENCH_CSV, LLMETER_RUNS, PLAIN_CSV } from '../cli/loadtestFixtures';

function call(dialogs: FileDialogs | undefined, request: unknown, transport: 'ipc' | 'http' = 'http') {
  const handlers = loadTestHandlers(dialogs) as unknown as ApiHandlers;
  return dispatch(handlers, 'loadtest.open', request, { transport }, silentLogger);
}

function dialogsChoosing(paths: string[] | null, asked: string[] = []): FileDialogs {
  return {
    chooseFileToOpen: async () => null,
    chooseFileToSave: async () => null,
    chooseFilesToOpen: async ({ title }) => {
      asked.push(title);
      return paths;
    },
  };
}

describe('loadtest.open', () => {
  it('parses uploaded files (each format) into points that match the response schema', async () => {
    const envelope = await call(undefined, {
      files: [
        { name: 'results.csv', text: PLAIN_CSV },
        { name: 'all_metrics_summary.csv', text: FMBENCH_CSV },
        ...LLMETER_RUNS.map((r) => ({ name: 'stats.json', text: r.text })),
      ],
    });
    expect(envelope.ok).toBe(true);
    if (!envelope.ok) return;
    expect(apiContract['loadtest.open'].response.safeParse(envelope.result).success).toBe(true);
    const result = envelope.result as { cancelled: false; points: Array<{ concurrency: number }>; format: string };
    expect(result.points.map((p) => p.concurrency)).toEqual([1, 8, 32, 1, 8, 32, 1, 8, 32]);
    expect(result.format).toBe('InferCalc load-test CSV + FMBench all_metrics CSV + LLMeter stats.json');
  });

  it('refuses a file in no supported format and a bad row, naming the file and the line', async () => {
    const other = await call(undefined, { files: [{ name: 'notes.json', text: '{"a": 1}' }] });
    expect(other).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!other.ok) expect(other.error.message).toContain('notes.json: not a supported load-test result');
    const bad = await call(undefined, {
      files: [{ name: 'r.csv', text: 'instance_type,concurrency,requests_per_second\nml.g5.2xlarge,0,1' }],
    });
    if (!bad.ok) expect(bad.error.message).toContain('r.csv: line 2, concurrency');
    expect(bad.ok).toBe(false);
  });

  it('never takes a path from the page: a path as a file name, or a path field, is refused', async () => {
    const named = await call(undefined, { files: [{ name: '/etc/passwd', text: PLAIN_CSV }] });
    expect(named).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!named.ok) expect(named.error.message).toContain('files[0].name: a file name, not a path');
    const path = await call(dialogsChoosing(['x']), { path: '/etc/passwd' }, 'ipc');
    expect(path).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const none = await call(undefined, { files: [] });
    expect(none.ok).toBe(false);
    const many = await call(undefined, {
      files: Array.from({ length: 51 }, () => ({ name: 'a.csv', text: PLAIN_CSV })),
    });
    expect(many.ok).toBe(false);
  });

  it('desktop: reads exactly the files chosen in the native dialog; a cancel reads nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'infercalc-loadtest-open-'));
    writeFileSync(join(dir, 'results.csv'), PLAIN_CSV);
    const asked: string[] = [];
    const envelope = await call(dialogsChoosing([join(dir, 'results.csv')], asked), {}, 'ipc');
    expect(asked).toEqual(['Import load-test results']);
    expect(envelope).toMatchObject({ ok: true, result: { cancelled: false, fileNames: ['results.csv'] } });
    expect(await call(dialogsChoosing(null), {}, 'ipc')).toMatchObject({ ok: true, result: { cancelled: true } });
    const gone = await call(dialogsChoosing([join(dir, 'gone.csv')]), {}, 'ipc');
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('web mode (no dialogs) without files answers not-supported', async () => {
    const envelope = await call(undefined, {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'not-supported' } });
  });
});
