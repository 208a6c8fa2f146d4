/**
 * Every way to pay, from its one definition (purchase/<way>.ts): the project format's purchase union,
 * the list of purchase types and the lookup by type all derive from this registry. A way to pay
 * missing from `BY_TYPE` is a compile error.
 */
import { z } from 'zod';
import type { PurchaseDefinition } from '../definitions';
import { computeSavingsPlan } from './computeSavingsPlan';
import { ec2InstanceSavingsPlan } from './ec2InstanceSavingsPlan';
import { onDemand } from './onDemand';
export { ON_DEMAND } from './onDemand';
import { provisionedThroughput } from './provisionedThroughput';
import { reservedInstance } from './reservedInstance';
import { sageMakerSavingsPlan } from './sageMakerSavingsPlan';
import { spot } from './spot';

export const PurchaseSchema = z.union([
  onDemand.schema,
  sageMakerSavingsPlan.schema,
  computeSavingsPlan.schema,
  ec2InstanceSavingsPlan.schema,
  reservedInstance.schema,
  spot.schema,
  provisionedThroughput.schema,
]);
export type Purchase = z.infer<typeof PurchaseSchema>;
export type PurchaseType = Purchase['type'];

const BY_TYPE = {
  [onDemand.type]: onDemand,
  [sageMakerSavingsPlan.type]: sageMakerSavingsPlan,
  [computeSavingsPlan.type]: computeSavingsPlan,
  [ec2InstanceSavingsPlan.type]: ec2InstanceSavingsPlan,
  [reservedInstance.type]: reservedInstance,
  [spot.type]: spot,
  [provisionedThroughput.type]: provisionedThroughput,
} satisfies { [T in PurchaseType]: PurchaseDefinition<Extract<Purchase, { type: T }>> };

/** Every way to pay, in the order the UI lists them. */
export const PURCHASE_DEFINITIONS: ReadonlyArray<PurchaseDefinition<Purchase>> = Object.values(BY_TYPE);

/** Every purchase type, in the order the UI lists them. */
export const PURCHASE_TYPES: ReadonlyArray<PurchaseType> = PURCHASE_DEFINITIONS.map((d) => d.type);

/** The definition of a way to pay. */
export function purchaseDefinition(type: PurchaseType): PurchaseDefinition<Purchase> {
  return BY_TYPE[type] as PurchaseDefinition<Purchase>;
}

/** The definition of a purchase type read from outside (undefined when there is no such way to pay). */
export function findPurchaseDefinition(type: string): PurchaseDefinition<Purchase> | undefined {
  return Object.hasOwn(BY_TYPE, type) ? purchaseDefinition(type as PurchaseType) : undefined;
}
