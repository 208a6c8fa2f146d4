// Issue 10, a small one: union fields said only "Invalid input". Now the message says what was
// expected: the accepted kinds, or what is wrong inside the kind that was chosen.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newProject } from '@shared/project/defaults';
import { ProjectSchema } from '@shared/project/schema';
import { parseWith } from '@shared/validation';

function problems(
  mutate: (p: Record<string, unknown> & { designs: unknown[]; workload: Record<string, unknown> }) => void,
) {
  const project = structuredClone(newProject('Unions')) as unknown as Parameters<typeof mutate>[0];
  mutate(project);
  const parsed = parseWith(ProjectSchema, project);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.problems;
}

describe('messages for union fields', () => {
  it('an unknown hosting type lists the accepted types', () => {
    const [problem] = problems((p) =>
      p.designs.push({ name: 'x', hosting: { type: 'gpu-farm' }, purchase: { type: 'on-demand' } }),
    );
    expect(problem!.path).toBe('designs[0].hosting.type');
    expect(problem!.message).toMatch(/^expected one of "sagemaker-realtime", .*"bedrock"$/);
  });

  it('a known type with a bad field says what is wrong inside it', () => {
    const [problem] = problems((p) =>
      p.designs.push({
        name: 'x',
        hosting: { type: 'sagemaker-serverless', memoryMB: 'big', maxConcurrency: 3 },
        purchase: { type: 'on-demand' },
      }),
    );
    expect(problem).toEqual({ path: 'designs[0].hosting.memoryMB', message: expect.stringMatching(/expected number/) });
  });

  it('an unknown traffic pattern and a purchase of the wrong kind of value say what was expected', () => {
    const found = problems((p) => {
      p.workload['traffic'] = { kind: 'weird' };
      p.designs.push({ name: 'x', hosting: { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 1 }, purchase: 5 });
    });
    expect(found.map((f) => f.path)).toEqual(['workload.traffic.pattern', 'designs[0].purchase']);
    // Issue 13 adds the "batch" pattern to the list.
    expect(found[0]!.message).toMatch(/^expected one of "steady", .*"hourly", "batch"$/);
    expect(found[1]!.message).toBe('expected object');
    for (const f of found) expect(f.message).not.toBe('Invalid input');
  });

  it('a plain union of kinds names them', () => {
    const parsed = parseWith(z.union([z.string(), z.number()]), true);
    expect(parsed.ok ? '' : parsed.message).toBe('expected string or number');
  });
});
