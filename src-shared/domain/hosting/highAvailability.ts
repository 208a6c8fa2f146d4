/**
 * The high-availability variant of a production endpoint: AWS recommends at least two instances for
 * production endpoints, spread over Availability Zones, so one instance failing or being replaced
 * does not take the endpoint down (SageMaker developer guide, "Best practices for deploying models
 * on SageMaker hosting services": deploy multiple instances across Availability Zones). The
 * recommender offers it beside the single-instance design, labelled and with the reason.
 */
import { peakOf } from '../../project/fields';
import type { Autoscaling, Workload } from '../model';
import type { Proposal, SizedDesign } from '../definitions';
import type { FeasibilityReason } from '../results';
import { rule } from './proposals';

/** Fewest instances AWS recommends for a production endpoint. */
export const HIGH_AVAILABILITY_MIN_INSTANCES = 2;

/** The rule name the variant carries in its "why", so every view can label it. */
export const HIGH_AVAILABILITY_RULE = 'rule.highAvailability';

/** True when the fleet never runs fewer than two instances. */
function alreadyAvailable(h: { instanceCount?: number; autoscaling?: Autoscaling }): boolean {
  if (h.autoscaling) {
    const min = h.autoscaling.min;
    return (typeof min === 'number' ? min : Math.min(...min)) >= HIGH_AVAILABILITY_MIN_INSTANCES;
  }
  return (h.instanceCount ?? 1) >= HIGH_AVAILABILITY_MIN_INSTANCES;
}

/**
 * The variant of `sized` with at least two instances in every hour (the autoscaling minimum, or a
 * fixed count, raised to 2; the maximum kept at least as high), named "<name>, high availability",
 * or none when the design already never runs fewer than two or the workload is a batch job.
 */
export function highAvailabilityVariant(sized: SizedDesign, name: string, workload: Workload): Proposal[] {
  const h = sized.design.hosting as { instanceCount?: number; autoscaling?: Autoscaling };
  // A scheduled batch job serves no online requests: nothing to keep available between runs.
  if (workload.traffic.pattern === 'batch' || alreadyAvailable(h)) return [];
  const n = HIGH_AVAILABILITY_MIN_INSTANCES;
  let scaling: { instanceCount: number } | { autoscaling: Autoscaling };
  if (h.autoscaling) {
    const a = h.autoscaling;
    const min = typeof a.min === 'number' ? Math.max(n, a.min) : a.min.map((m) => Math.max(n, m));
    scaling = { autoscaling: { ...a, min, max: Math.max(a.max, peakOf(min)) } };
  } else scaling = { instanceCount: Math.max(n, h.instanceCount ?? 1) };
  return [
    {
      design: {
        ...sized.design,
        name: `${name}, high availability (at least ${n} instances)`,
        hosting: { ...sized.design.hosting, ...scaling },
      },
      why: [
        rule(
          HIGH_AVAILABILITY_RULE,
          `production endpoints: AWS recommends at least ${n} instances spread over Availability Zones, so one instance failing or being replaced does not take the endpoint down`,
        ),
      ],
      against: [],
    },
  ];
}

/**
 * A multi-model workload's endpoint proposal (multi-model or multi-container): the optimizer's
 * cheapest design with its reason, and its high-availability variant; none for a single model.
 */
export function multiModelEndpoint(
  workload: Workload,
  cheapest: (name: string) => SizedDesign,
  name: string,
  why: FeasibilityReason,
): Proposal[] {
  if (workload.models.count <= 1) return [];
  const sized = cheapest(name);
  return [{ ...sized, why: [why], against: [] }, ...highAvailabilityVariant(sized, name, workload)];
}
