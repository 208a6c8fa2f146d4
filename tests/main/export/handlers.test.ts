// The export.* operations through dispatch: a download in web mode, the native save dialog on the desktop.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src-main/api/dispatch';
import { silentLogger } from '../../../src-main/runtime/logger';
import { composeBackend } from '../../../src-main/composition/composeBackend';
import type { FileDialogs } from '../../../src-main/composition/fileDialogs';
import { everyHostingDesigns, projectWith } from './fixtures';

const ctx = { transport: 'http' as const };
const folder = () => mkdtempSync(join(tmpdir(), 'infercalc-export-'));

function backend(mode: 'desktop' | 'web', save?: string | null) {
  const asked: string[] = [];
  const dialogs: FileDialogs | undefined =
    mode === 'desktop'
      ? {
          chooseFileToOpen: async () => null,
          chooseFileToSave: async ({ defaultPath }) => (asked.push(defaultPath), save ?? null),
        }
      : undefined;
  const b = composeBackend({
    mode,
    logger: silentLogger,
    dataFolder: folder(),
    env: {},
    ...(dialogs ? { dialogs } : {}),
  });
  return { call: (op: string, req: unknown) => dispatch(b.handlers, op, req, ctx, silentLogger), asked };
}

const project = projectWith(everyHostingDesigns().slice(0, 3));

describe('export operations', () => {
  it('returns the workbook in base64 for a download', async () => {
    const answer = await backend('web').call('export.workbook', { project });
    if (!answer.ok) throw new Error(answer.error.message);
    const result = answer.result as { fileName: string; base64: string; bytes: number };
    expect(result.fileName).toBe('Fraud scoring.xlsx');
    const bytes = Buffer.from(result.base64, 'base64');
    expect(bytes.length).toBe(result.bytes);
    expect(XLSX.read(bytes).SheetNames.slice(0, 3)).toEqual(['Summary', 'Assumptions', 'Prices']);
  });

  it('refuses a bad project, naming the field', async () => {
    const bad = {
      ...project,
      designs: [{ ...project.designs[0]!, hosting: { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge' } }],
    };
    const answer = await backend('web').call('export.workbook', { project: bad });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('bad-request');
      expect(answer.error.message).toContain('project.designs[0].hosting');
    }
  });

  it('is not supported through a dialog in web mode', async () => {
    const answer = await backend('web').call('export.saveAs', { project });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-supported' } });
  });

  it('saves where the dialog says, adding .xlsx, or reports a cancel', async () => {
    const target = join(folder(), 'for finance');
    const desktop = backend('desktop', target);
    const answer = await desktop.call('export.saveAs', { project });
    expect(answer).toMatchObject({ ok: true, result: { cancelled: false, path: `${target}.xlsx` } });
    expect(desktop.asked).toEqual(['Fraud scoring.xlsx']);
    expect(XLSX.read(readFileSync(`${target}.xlsx`)).SheetNames).toContain('Real-time');
    expect(await backend('desktop', null).call('export.saveAs', { project })).toEqual({
      ok: true,
      result: { cancelled: true },
    });
  });

  it('says clearly when the chosen folder does not exist, and leaves nothing behind', async () => {
    const dir = folder();
    const answer = await backend('desktop', join(dir, 'missing', 'book.xlsx')).call('export.saveAs', { project });
    expect(answer).toMatchObject({ ok: false, error: { code: 'file-error' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/does not exist/);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  // Not a permission case: root cannot write through a file or over a folder either, so no skip.
  it('refuses a target under a file (ENOTDIR) or one that is a folder (EISDIR), leaving nothing behind', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'plain'), 'not a folder');
    const underFile = await backend('desktop', join(dir, 'plain', 'book.xlsx')).call('export.saveAs', { project });
    expect(underFile).toMatchObject({ ok: false, error: { code: 'file-error' } });
    if (!underFile.ok)
      expect(underFile.error.message).toMatch(/plain.* is a file, not a folder; choose another folder/);
    mkdirSync(join(dir, 'taken.xlsx'));
    const isFolder = await backend('desktop', join(dir, 'taken.xlsx')).call('export.saveAs', { project });
    expect(isFolder).toMatchObject({ ok: false, error: { code: 'file-error' } });
    if (!isFolder.ok) expect(isFolder.error.message).toMatch(/taken\.xlsx: it is a folder/);
    expect(readdirSync(dir).sort()).toEqual(['plain', 'taken.xlsx']);
    expect(readdirSync(join(dir, 'taken.xlsx'))).toEqual([]);
    expect(readFileSync(join(dir, 'plain'), 'utf8')).toBe('not a folder');
  });
});

describe('the comparison summary as PDF', () => {
  it('prints the page to the file the dialog names (adding .pdf), or reports a cancel', async () => {
    const dir = folder();
    let target: string | null = join(dir, 'summary');
    const b = composeBackend({
      mode: 'desktop',
      logger: silentLogger,
      dataFolder: folder(),
      env: {},
      dialogs: {
        chooseFileToOpen: async () => null,
        chooseFileToSave: async () => target,
        printPageToPdf: async () => new TextEncoder().encode('%PDF-1.7 page'),
      },
    });
    const call = (req: unknown) => dispatch(b.handlers, 'export.summaryPdf', req, ctx, silentLogger);
    expect(await call({ suggestedName: 'Fraud scoring.pdf' })).toEqual({
      ok: true,
      result: { cancelled: false, path: join(dir, 'summary.pdf'), bytes: 13 },
    });
    expect(readFileSync(join(dir, 'summary.pdf'), 'utf8')).toBe('%PDF-1.7 page');
    target = null;
    expect(await call({ suggestedName: 'x.pdf' })).toEqual({ ok: true, result: { cancelled: true } });
  });
});
