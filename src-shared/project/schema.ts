/**
 * The project file (`*.infercalc.json`): one workload and the designs that could serve it.
 * These zod schemas are the single definition of the format; the CLI, the desktop app, the web mode
 * and the renderer all validate with them. Unknown fields are rejected (strict objects) with a message
 * naming the field, so nothing a newer version wrote is ever silently dropped.
 *
 * The hosting and purchase members come from the domain's per-variant definitions
 * (domain/hosting/<type>.ts, domain/purchase/<way>.ts); this module assembles the file and is the one
 * place the rest of the app imports the format from.
 */
import { z } from 'zod';
import { DesignSchema, trafficProblem } from '../domain';
import { RegionSchema, UserRateSchema } from './fields';
import { WorkloadSchema } from './workload';

export const PROJECT_FORMAT = 'infercalc-project';
export const PROJECT_VERSION = 1;

export const ProjectSchema = z
  .strictObject({
    format: z.literal(PROJECT_FORMAT),
    version: z.literal(PROJECT_VERSION),
    name: z.string().min(1).max(200),
    region: RegionSchema,
    workload: WorkloadSchema,
    designs: z
      .array(DesignSchema)
      .max(
        200,
        'at most 200 designs per project (enough for any real comparison); split the rest into another project',
      ),
    userRates: z.array(UserRateSchema).optional(),
    /** Pricing assumptions: optional overrides of the engine's defaults. */
    assumptions: z
      .strictObject({
        /** Apply the AWS free-tier allowances the price data knows (Lambda) as their own negative line. */
        includeFreeTier: z.boolean().optional(),
      })
      .optional(),
  })
  .superRefine((p, ctx) => {
    // A preset's peak and average must fit its shape (the rule is the domain's, as the form's).
    const problem = trafficProblem(p.workload.traffic);
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['workload', 'traffic', 'averageRequestsPerSecond'], message: problem });
  });
export type Project = z.infer<typeof ProjectSchema>;

export {
  AutoscalingSchema,
  PAYMENT_OPTIONS,
  REGION_PATTERN,
  RegionSchema,
  UserRateSchema,
  type Autoscaling,
  type UserRate,
} from './fields';
export {
  BatchTrafficSchema,
  HourlyTrafficSchema,
  LATENCY_PERCENTILE_VALUES,
  PresetTrafficSchema,
  TRAFFIC_PRESETS,
  TrafficSchema,
  WorkloadSchema,
  type BatchTraffic,
  type Traffic,
  type TrafficPreset,
  type Workload,
} from './workload';
export {
  DesignSchema,
  HOSTING_TYPES,
  HostingSchema,
  PURCHASE_TYPES,
  PurchaseSchema,
  type Design,
  type Hosting,
  type HostingType,
  type Purchase,
  type PurchaseType,
} from '../domain';
