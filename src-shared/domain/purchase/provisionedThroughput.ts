/** Bedrock Provisioned Throughput: model units by the hour, with or without a term. */
import { z } from 'zod';
import { LIMITS, positiveIntUpTo, positiveUpTo } from '../../project/fields';
import type { PurchaseDefinition } from '../definitions';

export const ProvisionedThroughputSchema = z.strictObject({
  type: z.literal('provisioned-throughput'),
  modelUnits: positiveIntUpTo(10_000, 'model units'),
  term: z.enum(['none', '1-month', '6-month']),
  /** $/hour per model unit; no public rates are known, so it is user-provided. */
  ratePerModelUnitHour: positiveUpTo(LIMITS.usdPerHour, 'USD per hour').optional(),
  /**
   * Tokens per minute one model unit sustains for this model (AWS states it per model); with it the
   * estimate checks the units against the peak minute's input + output tokens.
   */
  tokensPerMinutePerModelUnit: positiveUpTo(1_000_000_000, 'tokens per minute').optional(),
});
export type ProvisionedThroughputPurchase = z.infer<typeof ProvisionedThroughputSchema>;

const type = ProvisionedThroughputSchema.shape.type.value;

/** True for a Provisioned Throughput purchase. */
export function isProvisionedThroughput(p: { type: string }): p is ProvisionedThroughputPurchase {
  return p.type === type;
}

export const provisionedThroughput: PurchaseDefinition<ProvisionedThroughputPurchase> = {
  type,
  schema: ProvisionedThroughputSchema,
  label: 'Bedrock Provisioned Throughput',
  commitment: null,
  savingsPlan: null,
  refusal: () => 'Provisioned Throughput applies to Bedrock models only',
  // Model units are billed by the Bedrock hosting itself (hosting/bedrock.ts), never as instance-hours.
  instanceHours: null,
  check: () => undefined,
  // The optimizer sweeps instance types only.
  sweep: () => [],
  defaults: () => ({ type, modelUnits: 1, term: '1-month' }),
  numberFields: [
    { id: 'modelUnits', label: 'Model units', unit: 'units', rule: 'positive-integer' },
    {
      id: 'ratePerModelUnitHour',
      label: 'Rate per model unit (user-provided)',
      unit: '$ per hour',
      rule: 'positive',
      optional: true,
      help: 'No public rates are known.',
    },
    {
      id: 'tokensPerMinutePerModelUnit',
      label: 'Tokens per minute per model unit',
      unit: 'tokens/min',
      rule: 'positive',
      optional: true,
      help: 'The model’s capacity per unit, from AWS: checks the units against the peak minute.',
    },
  ],
  describe: (p) => `Provisioned Throughput, ${p.modelUnits} unit(s), term ${p.term}`,
};
