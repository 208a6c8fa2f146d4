/**
 * `npm run bench -- export`: time and size of exporting a 20-design project (target: under 200 ms),
 * over the embedded price snapshot. Prints figures; asserts nothing.
 */
import { newProject } from '@shared/project/defaults';
import type { Design } from '@shared/project/schema';
import { ExportService } from '../../src-main/export/exportService';
import { loadEmbeddedSnapshot } from '../../src-main/prices/snapshot/loadSnapshot';

function twentyDesigns(): Design[] {
  const types = ['ml.c5.xlarge', 'ml.m5.xlarge', 'ml.g5.xlarge', 'ml.c5.2xlarge'];
  return Array.from({ length: 20 }, (_, i): Design => {
    const instanceType = types[i % types.length]!;
    if (i % 5 === 4)
      return {
        name: `Serverless ${i}`,
        hosting: { type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20 },
        purchase: { type: 'on-demand' },
      };
    if (i % 5 === 3)
      return {
        name: `EC2 ${i}`,
        hosting: {
          type: 'ec2',
          instanceType: instanceType.slice(3),
          autoscaling: { min: 1, max: 10, targetInvocationsPerInstance: 600 },
        },
        purchase: { type: 'on-demand' },
      };
    return {
      name: `Real-time design number ${i} with a long name`,
      hosting: {
        type: 'sagemaker-realtime',
        instanceType,
        autoscaling: { min: 1, max: 10, targetInvocationsPerInstance: 600 },
        maxRequestsPerSecondPerInstance: 20,
      },
      purchase: { type: 'on-demand' },
    };
  });
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const project = { ...newProject('Bench'), designs: twentyDesigns() };
  const exporter = new ExportService({ catalogData: loadEmbeddedSnapshot, now: () => new Date(), appVersion: 'bench' });
  exporter.build(project); // warm up (snapshot expansion, module JIT)
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    size = exporter.build(project).bytes.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `export of a 20-design project: median ${times[5]!.toFixed(1)} ms, best ${times[0]!.toFixed(1)} ms, worst ${times[9]!.toFixed(1)} ms (target < 200 ms)`,
  );
  console.log(`workbook size: ${(size / 1024).toFixed(1)} KiB (${size} bytes)`);
}
