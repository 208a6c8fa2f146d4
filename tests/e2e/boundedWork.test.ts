// Issue 10, failure 3, against the real web server (`npm run web`, built worker): while the export
// of a project with the maximum of 200 designs runs, other calls are answered; the export still
// finishes. How fast app.info answers meanwhile is measured by `npm run bench -- export`.
import { newProject } from '@shared/project/defaults';
import type { Design } from '@shared/project/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from './support/webApp';

let app: WebApp;
beforeAll(async () => {
  app = await startWebApp();
});
afterAll(() => app.stop());

function largestProject() {
  const types = ['ml.c5.xlarge', 'ml.m5.xlarge', 'ml.g5.xlarge', 'ml.c5.2xlarge'];
  const designs = Array.from({ length: 200 }, (_, i): Design => ({
    name: `Design ${i + 1}`,
    hosting: {
      type: 'sagemaker-realtime',
      instanceType: types[i % types.length]!,
      autoscaling: { min: 1, max: 10, targetInvocationsPerInstance: 600 },
    },
    purchase: { type: 'on-demand' },
  }));
  return { ...newProject('Two hundred designs'), designs };
}

async function call(operation: string, body: unknown): Promise<{ ok: boolean; result?: unknown; error?: unknown }> {
  const secret = new URL(app.url).searchParams.get('secret')!;
  const response = await fetch(`${app.origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-infercalc-secret': secret },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { ok: boolean };
}

describe('bounded work on the real server', () => {
  it('answers app.info while a 200-design export runs, and the export completes', async () => {
    const order: string[] = [];
    const exported = call('export.workbook', { project: largestProject() }).then((r) => {
      order.push('export');
      return r;
    });
    await new Promise((r) => setTimeout(r, 100)); // the export is under way
    const info = await call('app.info', {});
    order.push('app.info');
    expect(info).toMatchObject({ ok: true, result: { name: 'InferCalc' } });
    const workbook = (await exported) as { ok: boolean; result: { bytes: number; fileName: string } };
    expect(workbook).toMatchObject({ ok: true, result: { fileName: 'Two hundred designs.xlsx' } });
    expect(workbook.result.bytes).toBeGreaterThan(100_000);
    expect(order).toEqual(['app.info', 'export']);
  });

  it('refuses a project over 200 designs with a clear message', async () => {
    const project = largestProject();
    project.designs.push({ ...project.designs[0]!, name: 'One too many' });
    expect(await call('export.workbook', { project })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringMatching(/designs: at most 200 designs per project/) },
    });
    expect(app.output()).not.toMatch(/error:/);
  });
});
