/** A design: one hosting and one way to pay, named; the unit the engine estimates and compares. */
import { z } from 'zod';
import { HostingSchema } from './hosting';
import { PurchaseSchema } from './purchase';

export const DesignSchema = z.strictObject({
  name: z.string().min(1).max(200),
  hosting: HostingSchema,
  purchase: PurchaseSchema,
  notes: z.string().optional(),
});
export type Design = z.infer<typeof DesignSchema>;
