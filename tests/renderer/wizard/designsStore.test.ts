// DesignsStore: add, duplicate, remove, rename and edit designs; only valid values reach the project.
import { describe, expect, it } from 'vitest';
import { hostingFields, purchaseFields } from '../../../src-renderer/stores/designFields';
import { startedStore } from '../priceFixture';

describe('DesignsStore', () => {
  it('adds, duplicates and removes designs with unique names, selecting the new one', async () => {
    const { store } = await startedStore();
    const d = store.designs;
    const a = d.addNew('sagemaker-realtime');
    expect(a.name).toBe('SageMaker real-time endpoint');
    const b = d.addNew('sagemaker-realtime');
    expect(b.name).toBe('SageMaker real-time endpoint (2)');
    const copy = d.duplicate(a);
    expect(d.designs.map((x) => x.name)).toEqual([
      'SageMaker real-time endpoint',
      'SageMaker real-time endpoint (copy)',
      'SageMaker real-time endpoint (2)',
    ]);
    expect(d.selected).toBe(copy);
    expect(copy).not.toBe(a);
    d.remove(a);
    expect(d.designs.map((x) => x.name)).toEqual([
      'SageMaker real-time endpoint (copy)',
      'SageMaker real-time endpoint (2)',
    ]);
  });

  it('renames, refusing an empty name or one another design has', async () => {
    const { store } = await startedStore();
    const d = store.designs;
    const a = d.addNew('lambda');
    const b = d.addNew('sagemaker-serverless');
    d.rename(a, '  ');
    expect(d.fieldError(a, 'name')).toBe('required: give the design a name');
    expect(d.nameText(a)).toBe('  ');
    d.rename(a, b.name);
    expect(d.fieldError(a, 'name')).toBe('another design has this name');
    expect(a.name).toBe('AWS Lambda');
    d.rename(a, 'Small Lambda');
    expect(a.name).toBe('Small Lambda');
    expect(d.fieldError(a, 'name')).toBeUndefined();
  });

  it('checks each hosting type’s own fields against the schema', async () => {
    const { store } = await startedStore();
    const d = store.designs;
    const s = d.addNew('sagemaker-serverless');
    const max = hostingFields(s.hosting).find((f) => f.id === 'maxConcurrency')!;
    d.setNumber(s, max, '500');
    expect(d.fieldError(s, max)).toMatch(/200/);
    expect(d.numberText(s, max)).toBe('500');
    expect(s.hosting).toMatchObject({ maxConcurrency: 10 });
    d.setNumber(s, max, '40');
    expect(s.hosting).toMatchObject({ maxConcurrency: 40 });
    const pc = hostingFields(s.hosting).find((f) => f.id === 'provisionedConcurrency')!;
    d.setNumber(s, pc, '5');
    expect(s.hosting).toMatchObject({ provisionedConcurrency: 5 });
    d.setNumber(s, pc, '');
    expect('provisionedConcurrency' in s.hosting).toBe(false);
    d.patchHosting(s, { memoryMB: 4096 });
    expect(s.hosting).toMatchObject({ memoryMB: 4096 });
  });

  it('switches between a fixed count and autoscaling, and async may scale to zero', async () => {
    const { store } = await startedStore();
    const d = store.designs;
    const r = d.addNew('sagemaker-realtime');
    d.setScaling(r, 'autoscaling');
    expect(r.hosting).toMatchObject({ autoscaling: { min: 1, max: 2, targetInvocationsPerInstance: 70 } });
    expect('instanceCount' in r.hosting).toBe(false);
    const maxField = hostingFields(r.hosting).find((f) => f.id === 'autoscaling.max')!;
    const minField = hostingFields(r.hosting).find((f) => f.id === 'autoscaling.min')!;
    d.setNumber(r, minField, '5');
    expect(d.fieldError(r, minField)).toContain('must be at least the minimum instances (autoscaling.min)');
    d.setNumber(r, maxField, '8');
    expect(r.hosting).toMatchObject({ autoscaling: { max: 8 } });
    d.setScaling(r, 'fixed');
    expect(r.hosting).toMatchObject({ instanceCount: 8 });
    const a = d.addNew('sagemaker-async');
    expect(a.hosting).toMatchObject({ autoscaling: { min: 0 } });
  });

  it('changes the hosting type keeping the instance type (with or without ml.) and the region', async () => {
    const { store } = await startedStore();
    const d = store.designs;
    const r = d.addNew('sagemaker-realtime');
    d.patchHosting(r, { instanceType: 'ml.c5.xlarge', region: 'eu-west-1' });
    d.setHostingType(r, 'ec2');
    expect(r.hosting).toEqual({ type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1, region: 'eu-west-1' });
    d.setHostingType(r, 'lambda');
    expect(r.hosting).toMatchObject({ type: 'lambda', memoryMB: 2048, architecture: 'x86_64' });
    d.patchHosting(r, { architecture: 'arm64' });
    expect(r.hosting).toMatchObject({ architecture: 'arm64' });
  });

  it('edits the way to pay: term, payment, commitment and a user-provided discount', async () => {
    const { store } = await startedStore();
    const d = store.designs;
    const r = d.addNew('sagemaker-realtime');
    d.setPurchaseType(r, 'sagemaker-savings-plan');
    expect(r.purchase).toEqual({ type: 'sagemaker-savings-plan', termYears: 1, payment: 'no-upfront' });
    d.patchPurchase(r, { termYears: 3, payment: 'all-upfront' });
    expect(r.purchase).toMatchObject({ termYears: 3, payment: 'all-upfront' });
    const discount = purchaseFields(r.purchase).find((f) => f.id === 'discountPercent')!;
    d.setNumber(r, discount, '120');
    expect(d.fieldError(r, discount)).toBe('must be at most 100%');
    d.setNumber(r, discount, '30');
    expect(r.purchase).toMatchObject({ discountPercent: 30 });
  });

  it('adds a recommended design as a copy the project owns', async () => {
    const { store } = await startedStore();
    const rec = store.recommendations.recommendations[0]!;
    store.recommendations.take(rec);
    expect(store.designs.designs).toHaveLength(1);
    expect(store.designs.designs[0]!.name).toBe(rec.design.name);
    expect(store.recommendations.isTaken(rec)).toBe(true);
    store.designs.rename(store.designs.designs[0]!, 'Mine');
    expect(rec.design.name).not.toBe('Mine');
  });
});
