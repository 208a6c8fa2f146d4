import { describe, expect, it } from 'vitest';
import { ProjectSchema } from '@shared/project/schema';
import { parseWith } from '@shared/validation';
import { workload } from './domain/fixtures';

const project = {
  format: 'infercalc-project',
  version: 1,
  name: 'Fraud scoring',
  region: 'us-east-1',
  workload: workload(),
  designs: [
    {
      name: 'Real-time',
      hosting: { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 },
      purchase: { type: 'on-demand' },
    },
  ],
};

describe('project validation', () => {
  it('accepts the example project shape', () => {
    expect(parseWith(ProjectSchema, project).ok).toBe(true);
  });

  it('names the path of a bad field', () => {
    const bad = structuredClone(project);
    (bad.workload as { inferenceMs: unknown }).inferenceMs = -3;
    const r = parseWith(ProjectSchema, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^workload\.inferenceMs: /);
  });

  it('rejects unknown fields by name instead of dropping them', () => {
    const bad = { ...project, colour: 'blue' };
    const r = parseWith(ProjectSchema, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('unknown field colour');
  });

  it('requires exactly one of instanceCount and autoscaling', () => {
    const bad = structuredClone(project);
    bad.designs[0]!.hosting = { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge' } as never;
    const r = parseWith(ProjectSchema, bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('instanceCount or autoscaling');
  });

  it('accepts hourly profiles of 24 or 168 values only', () => {
    const ok = structuredClone(project);
    ok.workload.traffic = { pattern: 'hourly', requestsPerSecond: Array(24).fill(1) } as never;
    expect(parseWith(ProjectSchema, ok).ok).toBe(true);
    ok.workload.traffic = { pattern: 'hourly', requestsPerSecond: Array(25).fill(1) } as never;
    const r = parseWith(ProjectSchema, ok);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('24 or 168');
  });

  it('rejects a workload with no traffic at all, preset or hourly alike, naming the field', () => {
    const none = structuredClone(project);
    none.workload.traffic = { pattern: 'business-hours', requestsPerSecond: 0 } as never;
    const preset = parseWith(ProjectSchema, none);
    expect(preset.ok).toBe(false);
    if (!preset.ok)
      expect(preset.message).toBe(
        'workload.traffic.requestsPerSecond: the traffic rate must be more than 0 requests/s: a workload with no traffic has nothing to host',
      );
    none.workload.traffic = { pattern: 'hourly', requestsPerSecond: Array(168).fill(0) } as never;
    const hourly = parseWith(ProjectSchema, none);
    expect(hourly.ok).toBe(false);
    if (!hourly.ok)
      expect(hourly.message).toBe('workload.traffic.requestsPerSecond: the hourly profile has no traffic in any hour');
  });
});
