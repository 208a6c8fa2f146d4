/** On-demand: every hour at the list price. Every hosting type accepts it. */
import { z } from 'zod';
import type { InstancePurchaseDefinition } from '../definitions';
import { ratePerBase } from '../pricing/lineItems';
import { addHoursLine } from './hoursLines';

export const OnDemandSchema = z.strictObject({ type: z.literal('on-demand') });
export type OnDemandPurchase = z.infer<typeof OnDemandSchema>;

/** The on-demand purchase (the same value everywhere: it has no terms). */
export const ON_DEMAND: Readonly<OnDemandPurchase> = Object.freeze({ type: 'on-demand' });

export const onDemand: InstancePurchaseDefinition<OnDemandPurchase> = {
  type: ON_DEMAND.type,
  schema: OnDemandSchema,
  label: 'On-demand',
  commitment: null,
  savingsPlan: null,
  refusal: (h) => `on-demand does not apply to ${h.label}`,
  instanceHours: {
    rate: (_catalog, _region, usage) => ({ quote: usage.onDemand, hourly: ratePerBase(usage.onDemand, 'hours') }),
    price: (ctx, u, capacity) => addHoursLine(ctx, `Instance-hours (${u.what})`, u, capacity, u.onDemand),
  },
  check: () => undefined,
  sweep: () => [ON_DEMAND],
  defaults: () => ({ type: ON_DEMAND.type }),
  numberFields: [],
  describe: () => 'On-demand',
};
