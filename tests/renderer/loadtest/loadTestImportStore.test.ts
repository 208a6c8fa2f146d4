/**
 * The load-test import in the renderer: upload (web) and dialog (desktop) both go through
 * `loadtest.open`; the rule's point is preselected; applying sets exactly the fields typed values
 * would (one undoable edit); a point of another instance type cannot be applied; errors are shown.
 */
import { describe, expect, it } from 'vitest';
import { importResultFile } from '@shared/loadtest/importLoadTest';
import type { Design } from '@shared/project/schema';
import type { FakeHandlers } from '../fakeApi';
import { startedStore } from '../priceFixture';
import { chatProject, G5_DESIGN, PLAIN_CSV } from '../../main/cli/loadtestFixtures';

function parsed(text: string, name: string) {
  const r = importResultFile({ name, text });
  if (!r.ok) throw new Error(r.message);
  return { cancelled: false as const, fileNames: [name], format: r.format, points: r.points };
}

const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text });

async function storeWith(handler: NonNullable<FakeHandlers['loadtest.open']>) {
  const { store, fake } = await startedStore({ 'loadtest.open': handler });
  store.project.replace(chatProject([structuredClone(G5_DESIGN)]), null);
  return { store, fake, design: () => store.project.current.designs[0]! };
}

describe('LoadTestImportStore', () => {
  it('web: uploads the content, preselects the rule’s point, applies it as typed fields', async () => {
    const { store, fake, design } = await storeWith(({ files }) => parsed(files![0]!.text, files![0]!.name));
    await store.loadTests.upload(design(), [file('results.csv', PLAIN_CSV)]);
    expect(fake.calls.find((c) => c.operation === 'loadtest.open')?.request).toEqual({
      files: [{ name: 'results.csv', text: PLAIN_CSV }],
    });
    expect(store.loadTests.rows.map((r) => r.point.concurrency)).toEqual([1, 8, 32]);
    expect(store.loadTests.chosen).toBe(1); // concurrency 8: the highest within the 10 s p95 target
    expect(store.loadTests.rows[2]!.meetsTarget).toBe(false);
    store.loadTests.apply();
    const h = design().hosting as Design['hosting'] & Record<string, unknown>;
    expect(h).toMatchObject({ maxOutputTokensPerSecondPerInstance: 330, concurrencyPerInstance: 8 });
    expect(h.throughputSource).toBe(
      'load test results.csv (ml.g5.2xlarge), concurrency 8, p95 8200 ms within the 10000 ms target',
    );
    expect(store.loadTests.results).toBeNull();
    expect(store.estimates.estimateOf(design())?.throughput?.kind).toBe('measured');
    store.undo();
    expect(design().hosting).not.toHaveProperty('maxOutputTokensPerSecondPerInstance');
  });

  it('a point picked over the target says so in its source; instances under test divide it', async () => {
    const { store, design } = await storeWith(({ files }) => parsed(files![0]!.text, 'r.csv'));
    await store.loadTests.upload(design(), [file('r.csv', PLAIN_CSV)]);
    store.loadTests.choose(2);
    store.loadTests.setInstancesUnderTest(2);
    store.loadTests.apply();
    expect(design().hosting).toMatchObject({
      maxOutputTokensPerSecondPerInstance: 435,
      concurrencyPerInstance: 16,
      throughputSource: expect.stringContaining('p95 14800 ms over the 10000 ms target, ÷ 2 instances under test'),
    });
  });

  it('desktop: asks the back end for its dialog (no path from the page); a cancel closes quietly', async () => {
    const { store, fake, design } = await storeWith(() => ({ cancelled: true }));
    await store.loadTests.chooseWithDialog(design());
    expect(fake.calls.find((c) => c.operation === 'loadtest.open')?.request).toEqual({});
    expect(store.loadTests.isOpenFor(design())).toBe(false);
    expect(store.loadTests.error).toBeNull();
  });

  it('shows the back end’s message for a bad file, and refuses a point of another instance type', async () => {
    const bad = await storeWith(() => ({
      ok: false,
      error: { code: 'bad-request', message: 'x.json: not a supported load-test result' },
    }));
    await bad.store.loadTests.upload(bad.design(), [file('x.json', '{}')]);
    expect(bad.store.loadTests.error).toBe('x.json: not a supported load-test result');

    const other = 'instance_type,concurrency,requests_per_second\nml.g6.2xlarge,8,1';
    const g6 = await storeWith(() => parsed(other, 'g6.csv'));
    await g6.store.loadTests.upload(g6.design(), [file('g6.csv', other)]);
    expect(g6.store.loadTests.chosen).toBeNull();
    expect(g6.store.loadTests.recommendation.reason).toContain('no measurement for ml.g5.2xlarge');
    g6.store.loadTests.choose(0);
    g6.store.loadTests.apply();
    expect(g6.store.loadTests.error).toContain('measured on ml.g6.2xlarge');
    expect(g6.design().hosting).not.toHaveProperty('maxRequestsPerSecondPerInstance');
  });

  it('refuses files too large for a summary before uploading', async () => {
    const { store, fake, design } = await storeWith(() => ({ cancelled: true }));
    await store.loadTests.upload(design(), [{ name: 'log.json', size: 9_000_000, text: async () => '' }]);
    expect(store.loadTests.error).toContain('too large');
    expect(fake.calls.some((c) => c.operation === 'loadtest.open')).toBe(false);
  });
});
