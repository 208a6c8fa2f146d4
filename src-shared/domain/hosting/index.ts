/**
 * Every hosting type, from its one definition (hosting/<type>.ts): the project format's hosting
 * union, the list of hosting types, the limits table and the lookup by type all derive from this
 * registry. A hosting type missing from `BY_TYPE` is a compile error.
 */
import { z } from 'zod';
import type { HostingDefinition, InstanceHostingDefinition } from '../definitions';
import type { HostingLimits } from '../hostingLimits';
import { bedrock } from './bedrock';
import { ec2 } from './ec2';
import { eks } from './eks';
import { lambda } from './lambda';
import { sageMakerAsync } from './sageMakerAsync';
import { sageMakerBatch } from './sageMakerBatch';
import { sageMakerMultiContainer } from './sageMakerMultiContainer';
import { sageMakerMultiModel } from './sageMakerMultiModel';
import { sageMakerRealtime } from './sageMakerRealtime';
import { sageMakerServerless } from './sageMakerServerless';

export const HostingSchema = z.union([
  sageMakerRealtime.schema,
  sageMakerMultiModel.schema,
  sageMakerMultiContainer.schema,
  sageMakerServerless.schema,
  sageMakerAsync.schema,
  sageMakerBatch.schema,
  ec2.schema,
  eks.schema,
  lambda.schema,
  bedrock.schema,
]);
export type Hosting = z.infer<typeof HostingSchema>;
export type HostingType = Hosting['type'];

const BY_TYPE = {
  [sageMakerRealtime.type]: sageMakerRealtime,
  [sageMakerMultiModel.type]: sageMakerMultiModel,
  [sageMakerMultiContainer.type]: sageMakerMultiContainer,
  [sageMakerServerless.type]: sageMakerServerless,
  [sageMakerAsync.type]: sageMakerAsync,
  [sageMakerBatch.type]: sageMakerBatch,
  [ec2.type]: ec2,
  [eks.type]: eks,
  [lambda.type]: lambda,
  [bedrock.type]: bedrock,
} satisfies { [T in HostingType]: HostingDefinition<Extract<Hosting, { type: T }>> };

/** Every hosting type, in the order the UI lists them. */
export const HOSTING_DEFINITIONS: ReadonlyArray<HostingDefinition<Hosting>> = Object.values(BY_TYPE);

/** Every hosting type, in the order the UI lists them. */
export const HOSTING_TYPES: ReadonlyArray<HostingType> = HOSTING_DEFINITIONS.map((d) => d.type);

/** The instance-based hosting types (a fleet with a count or autoscaling), which the optimizer sweeps. */
export const INSTANCE_HOSTING_DEFINITIONS = [
  sageMakerRealtime,
  sageMakerMultiModel,
  sageMakerMultiContainer,
  sageMakerAsync,
  ec2,
  eks,
] as const satisfies ReadonlyArray<InstanceHostingDefinition>;
export type InstanceHostingType = (typeof INSTANCE_HOSTING_DEFINITIONS)[number]['type'];

/** The hosting type the optimizer sweeps when none is asked for. */
export const DEFAULT_SWEEP_HOSTING: InstanceHostingType = sageMakerRealtime.type;

/** The definition of a hosting type. */
export function hostingDefinition(type: HostingType): HostingDefinition<Hosting> {
  return BY_TYPE[type] as HostingDefinition<Hosting>;
}

/** The definition of an instance-based hosting type. */
export function instanceHostingDefinition(type: InstanceHostingType): InstanceHostingDefinition {
  return BY_TYPE[type];
}

/** The definition of a hosting type read from outside (undefined when there is no such type). */
export function findHostingDefinition(type: string): HostingDefinition<Hosting> | undefined {
  return Object.hasOwn(BY_TYPE, type) ? hostingDefinition(type as HostingType) : undefined;
}

/** True for a hosting type that runs on instances with a fixed count or autoscaling. */
export function isInstanceHosting(type: HostingType): type is InstanceHostingType {
  return hostingDefinition(type).instances !== null;
}

/** The limits AWS publishes for each hosting type, each with its source (from the definitions). */
export const HOSTING_LIMITS = Object.fromEntries(HOSTING_DEFINITIONS.map((d) => [d.type, d.limits])) as Readonly<
  Record<HostingType, HostingLimits>
>;
