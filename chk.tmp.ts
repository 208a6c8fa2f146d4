import { loadEmbeddedSnapshot } from './src-main/prices/snapshot/loadSnapshot';
import { createPriceCatalog } from './src-shared/prices/lookup';
import { estimateDesign } from './src-shared/domain/estimate';
import { ProjectSchema } from './src-shared/project/schema';
const c = createPriceCatalog(loadEmbeddedSnapshot());
const workload = { traffic: { pattern: 'steady', requestsPerSecond: 10 }, inferenceMs: 100, requestKiB: 0, responseKiB: 0, latencyTargetMs: 2000, models: { count: 1, sizeGB: 1 }, needsGpu: false, interruptible: true, commitmentYears: 0, inputTokensPerRequest: 500, outputTokensPerRequest: 200 };
const designs = [
  { name: 'rt', hosting: { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2, region: 'eu-west-1' }, purchase: { type: 'on-demand' } },
  { name: 'sl', hosting: { type: 'sagemaker-serverless', memoryMB: 2048, maxConcurrency: 20, region: 'ap-northeast-1' }, purchase: { type: 'on-demand' } },
  { name: 'ec2', hosting: { type: 'ec2', instanceType: 'g5.xlarge', instanceCount: 3, region: 'us-west-2' }, purchase: { type: 'on-demand' } },
  { name: 'spot', hosting: { type: 'ec2', instanceType: 'c5.xlarge', instanceCount: 2, region: 'eu-central-1' }, purchase: { type: 'spot' } },
  { name: 'bed', hosting: { type: 'bedrock', model: 'anthropic.claude-3-haiku', region: 'eu-west-1' }, purchase: { type: 'on-demand' } },
  { name: 'lam', hosting: { type: 'lambda', memoryMB: 1024, architecture: 'x86_64', region: 'sa-east-1' }, purchase: { type: 'on-demand' } },
];
const p = ProjectSchema.parse({ format: 'infercalc-project', version: 1, name: 'x', region: 'us-east-1', workload, designs });
for (const d of p.designs) {
  const e = estimateDesign(d, p.workload, c, p.region);
  console.log(d.name, e.monthlyUsd, e.includesDerivedRates, e.reasons.map(r=>r.message), e.warnings);
  for (const l of e.lineItems) console.log('   ', l.label, l.quantity, l.unit, l.rateUsd, l.monthlyUsd, l.formula, l.unavailable ?? '');
}
