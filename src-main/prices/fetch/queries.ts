/**
 * The GetProducts queries of a refresh, one list per service and region. Server-side filters keep
 * the pages few: each query asks only for the products a normalizer will place (the normalizers
 * still check every attribute, because a filter is not a guarantee).
 */
import type { Filter } from '@aws-sdk/client-pricing';
import type { PriceListService } from '../normalize/normalizeProducts';

/** One GetProducts query. */
export interface ProductQuery {
  service: PriceListService;
  region: string;
  serviceCode: string;
  /** For progress and error messages. */
  label: string;
  filters: Filter[];
}

const eq = (Field: string, Value: string): Filter => ({ Type: 'TERM_MATCH', Field, Value });
const anyOf = (Field: string, values: string[]): Filter => ({ Type: 'ANY_OF', Field, Value: values.join(',') });
const contains = (Field: string, Value: string): Filter => ({ Type: 'CONTAINS', Field, Value });

/** Instance families that serve inference: general purpose, compute, memory, GPU and ML accelerators. */
export const INFERENCE_INSTANCE_FAMILIES = [
  'General purpose',
  'Compute optimized',
  'Memory optimized',
  'GPU instance',
  'Machine Learning ASIC Instances',
];

/** The queries that fetch one service in one region. */
export function productQueries(service: PriceListService, region: string): ProductQuery[] {
  const q = (serviceCode: string, label: string, filters: Filter[]): ProductQuery => ({
    service,
    region,
    serviceCode,
    label: `${service} ${region} ${label}`,
    filters: [eq('regionCode', region), ...filters],
  });
  switch (service) {
    case 'sagemaker':
      return [
        q('AmazonSageMaker', 'instances', [
          eq('productFamily', 'ML Instance'),
          anyOf('component', ['Hosting', 'AsyncInf', 'BatchTransform']),
        ]),
        q('AmazonSageMaker', 'serverless', [contains('usagetype', 'ServerlessInf')]),
        q('AmazonSageMaker', 'provisioned concurrency', [contains('usagetype', 'ProvisionedConcurrency')]),
        q('AmazonSageMaker', 'data processed', [contains('usagetype', 'Data-Bytes')]),
        q('AmazonSageMaker', 'storage', [contains('usagetype', 'Host:VolumeUsage')]),
      ];
    case 'ec2':
      // Karpenter's filter set; on-demand and reserved terms come with the same products.
      return [
        q('AmazonEC2', 'instances', [
          eq('operatingSystem', 'Linux'),
          eq('tenancy', 'Shared'),
          eq('preInstalledSw', 'NA'),
          eq('capacitystatus', 'Used'),
          eq('marketoption', 'OnDemand'),
          eq('licenseModel', 'No License required'),
          eq('productFamily', 'Compute Instance'),
          anyOf('instanceFamily', INFERENCE_INSTANCE_FAMILIES),
        ]),
      ];
    case 'lambda':
      return [
        q('AWSLambda', 'meters', [
          eq('productFamily', 'Serverless'),
          anyOf('group', [
            'AWS-Lambda-Requests',
            'AWS-Lambda-Requests-ARM',
            'AWS-Lambda-Duration',
            'AWS-Lambda-Duration-ARM',
            'AWS-Lambda-Provisioned-Concurrency',
            'AWS-Lambda-Provisioned-Concurrency-ARM',
            'AWS-Lambda-Duration-Provisioned',
            'AWS-Lambda-Duration-Provisioned-ARM',
          ]),
        ]),
      ];
    case 'bedrock':
      return [q('AmazonBedrock', 'tokens', [contains('usagetype', 'tokens')])];
  }
}
