// Every operation of the contract, answered by the real handlers through dispatch, is checked
// against its response schema (issue 15, "one error model": responses checked in a contract test).
// The table of requests is typed by operation, so a new operation does not compile until it is here.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiContract, operationNames, type OperationName, type RequestOf } from '@shared/api/contract';
import { EnvelopeSchema } from '@shared/api/envelope';
import { createHandlers } from '../../../src-main/api/createHandlers';
import { dispatch } from '../../../src-main/api/dispatch';
import { silentLogger } from '../../../src-main/runtime/logger';
import type { FileDialogs } from '../../../src-main/composition/fileDialogs';
import { createServices } from '../../../src-main/composition/services';
import { startFakeAwsServer, type FakeAwsServer } from '../prices/fakeAwsServer';
import { regionData, testService } from '../prices/helpers';
import { sampleProject, tempFolder } from '../projects/helpers';
import { PLAIN_CSV } from '../cli/loadtestFixtures';

let aws: FakeAwsServer;
beforeAll(async () => {
  aws = await startFakeAwsServer(regionData());
});
afterAll(() => aws.close());

const folder = tempFolder('infercalc-contract-');
const projectPath = join(folder, 'p.infercalc.json');
const workbookPath = join(folder, 'book.xlsx');
let saveTarget = projectPath;
const dialogs: FileDialogs = {
  chooseFileToOpen: async () => projectPath,
  chooseFileToSave: async () => saveTarget,
  printPageToPdf: async () => new TextEncoder().encode('%PDF-1.7 test page'),
};

/** Operations only the web mode answers (the desktop answers 'not-supported'). */
const WEB_ONLY: ReadonlySet<OperationName> = new Set(['projects.keep']);

/** One valid request per operation, in an order that works (save before open). */
const requests: { [K in OperationName]: () => RequestOf<K> } = {
  'app.info': () => ({}),
  'projects.saveAs': () => ({ project: sampleProject() }),
  'projects.save': () => ({ path: projectPath, project: sampleProject() }),
  'projects.open': () => ({}),
  'projects.recent': () => ({}),
  'projects.keep': () => ({ project: sampleProject(), fileName: 'p.infercalc.json' }),
  'projects.setDirty': () => ({ dirty: true, name: 'Fraud scoring' }),
  'autosave.write': () => ({ project: sampleProject(), filePath: projectPath }),
  'autosave.read': () => ({}),
  'autosave.clear': () => ({}),
  'prices.catalog': () => ({ regions: ['us-east-1'] }),
  'prices.status': () => ({}),
  'prices.refresh': () => ({ regions: ['us-east-1'], services: ['lambda'] }),
  'prices.cancel': () => ({}),
  'prices.profiles': () => ({}),
  'export.workbook': () => ({ project: sampleProject() }),
  'export.saveAs': () => {
    saveTarget = workbookPath;
    return { project: sampleProject() };
  },
  'export.summaryPdf': () => {
    saveTarget = join(folder, 'summary');
    return { suggestedName: 'Summary.pdf' };
  },
  'loadtest.open': () => ({ files: [{ name: 'results.csv', text: PLAIN_CSV }] }),
};

describe('the API contract, answered for real', () => {
  it('has a request for every operation', () => {
    expect(Object.keys(requests).sort()).toEqual([...operationNames].sort());
  });

  it('answers every operation with an envelope whose result matches the response schema', async () => {
    const prices = testService(aws.url);
    const services = createServices(
      { dataFolder: tempFolder(), mode: 'desktop', logger: silentLogger, env: {}, dialogs },
      prices,
    );
    const handlers = createHandlers(services);
    const web = createHandlers(
      createServices({ dataFolder: tempFolder(), mode: 'web', logger: silentLogger, env: {} }, prices),
    );
    const answered: string[] = [];
    for (const operation of Object.keys(requests) as OperationName[]) {
      const envelope = WEB_ONLY.has(operation)
        ? await dispatch(web, operation, requests[operation](), { transport: 'http', session: 'tab' }, silentLogger)
        : await dispatch(
            handlers,
            operation,
            requests[operation](),
            { transport: 'ipc', session: 'desktop-window' },
            silentLogger,
          );
      expect(EnvelopeSchema.safeParse(envelope).success, operation).toBe(true);
      expect(envelope, operation).toMatchObject({ ok: true });
      if (!envelope.ok) continue;
      const checked = apiContract[operation].response.safeParse(envelope.result);
      expect(checked.success ? null : checked.error.issues, operation).toBeNull();
      answered.push(operation);
    }
    expect(answered).toHaveLength(operationNames.length);
  });

  it('answers every expected failure with a code from the list, and a message', async () => {
    const services = createServices(
      { dataFolder: tempFolder(), mode: 'web', logger: silentLogger, env: {} },
      testService(aws.url),
    );
    const handlers = createHandlers(services);
    const failures = [
      ['projects.open', { path: projectPath }, 'not-supported'],
      ['projects.open', { copy: 'f'.repeat(32) }, 'not-found'],
      ['projects.open', { copy: '../../etc/passwd' }, 'bad-request'],
      ['projects.saveAs', { project: sampleProject() }, 'not-supported'],
      ['export.saveAs', { project: sampleProject() }, 'not-supported'],
      ['export.summaryPdf', { suggestedName: 'x.pdf' }, 'not-supported'],
      ['loadtest.open', {}, 'not-supported'],
      ['app.info', { extra: 1 }, 'bad-request'],
      ['no.such', {}, 'unknown-operation'],
    ] as const;
    for (const [operation, request, code] of failures) {
      const envelope = await dispatch(handlers, operation, request, { transport: 'http' }, silentLogger);
      expect(EnvelopeSchema.parse(envelope), operation).toMatchObject({ ok: false, error: { code } });
    }
  });
});
