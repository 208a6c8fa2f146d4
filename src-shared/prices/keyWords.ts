/**
 * A catalog price key in words ("sagemaker/us-east-1/serverless-pc-capacity/1024" → "SageMaker
 * serverless provisioned concurrency at 1024 MB in us-east-1"), so messages people read never show a
 * key; the key itself stays in the line item's `priceKey` (and the CLI, the JSON and the workbook).
 */
const METERS: Record<string, (rest: string[]) => string> = {
  instance: ([component, type]) =>
    `${type} ${component === 'AsyncInf' ? 'asynchronous inference' : component === 'BatchTransform' ? 'batch transform' : 'hosting'} hours`,
  'serverless-compute': ([mb]) => `serverless inference at ${mb} MB`,
  'serverless-pc-capacity': ([mb]) => `serverless provisioned concurrency at ${mb} MB`,
  'serverless-pc-execution': ([mb]) => `serverless inference on provisioned concurrency at ${mb} MB`,
  'data-in': () => 'data processed in',
  'data-out': () => 'data processed out',
  storage: () => 'endpoint storage',
  'on-demand': ([type]) => `${type} on-demand hours`,
  reserved: ([term, offering, payment, type]) => `${type} reserved instance (${term}, ${offering}, ${payment})`,
  spot: ([type]) => `${type} spot hours`,
  'cluster-hour': () => 'cluster hours',
  requests: ([arch]) => `requests (${arch})`,
  duration: ([arch]) => `duration (${arch})`,
  'pc-capacity': ([arch]) => `provisioned concurrency (${arch})`,
  'pc-duration': ([arch]) => `duration on provisioned concurrency (${arch})`,
  'input-tokens': ([model]) => `input tokens of ${model}`,
  'output-tokens': ([model]) => `output tokens of ${model}`,
  'provisioned-throughput': ([term, model]) => `Provisioned Throughput of ${model} (${term})`,
};

const SERVICES: Record<string, string> = {
  sagemaker: 'SageMaker',
  ec2: 'EC2',
  eks: 'EKS',
  lambda: 'Lambda',
  bedrock: 'Bedrock',
};

/** A price key in words: "SageMaker serverless provisioned concurrency at 1024 MB in us-east-1". */
export function describePriceKey(key: string): string {
  const parts = key.split('/');
  if (parts[0] === 'savings-plans') {
    const [, plan, region, term, payment, ...usage] = parts;
    const name = plan === 'sagemaker' ? 'SageMaker' : plan === 'compute' ? 'Compute' : 'EC2 Instance';
    return `${name} Savings Plan rate (${term}, ${payment}) for ${usage.join(' ')} in ${region}`;
  }
  const [service, region, meter, ...rest] = parts;
  const words = meter && METERS[meter] ? METERS[meter](rest) : [meter, ...rest].join(' ');
  return `${SERVICES[service ?? ''] ?? service} ${words} in ${region}`;
}
