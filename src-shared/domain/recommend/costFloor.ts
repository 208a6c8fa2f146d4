/**
 * A floor under an instance-based design's monthly cost, cheap enough to compute before estimating,
 * so the optimizer can skip designs that cannot beat the cheapest ones it already has. Only the
 * instance-hours are counted (every other line — storage, data, cluster fee — adds to the cost), and
 * each instance-hour at the lowest rate the purchase can bill it at:
 * - on-demand (and a purchase that does not apply to the hosting, which is priced on-demand): the rate;
 * - a Savings Plan: each hour costs commitment + excess at on-demand, which is at least the usage at
 *   min(plan rate, on-demand) whatever the commitment;
 * - reserved instances: reserved hours at the amortized rate plus the rest at on-demand, at least
 *   every hour at min(amortized, on-demand);
 * - spot: the spot rate.
 * EKS adds its cluster fee, the same for every node type.
 * A purchase whose rate is neither in the catalog nor entered by the user (a discount, a spot price)
 * cannot be priced, so its design never ranks: its floor is Infinity. Any other case the floor does
 * not model gives null (unknown) and the design is estimated, so skipping a design never changes the
 * optimizer's answer (tests/shared/domain/recommend-pruning.test.ts checks this against a full sweep).
 */
import type { PriceCatalog } from '../../prices/catalog';
import { priceKeys, savingsPlanUsage } from '../../prices/keys';
import type { Autoscaling, Purchase, Workload } from '../../project/schema';
import { simulateAutoscaling } from '../capacity/autoscaling';
import { ec2InstanceQuote, sageMakerInstanceQuote } from '../costs/instanceRate';
import { ratePerBase } from '../pricing/lineItems';
import { quote } from '../pricing/quotes';
import { effectiveReservedRate } from '../purchase/instancePurchase';
import { purchaseExclusion } from '../purchaseRules';
import { HOURS_PER_MONTH, HOURS_PER_WEEK, WEEKS_PER_MONTH } from '../results';
import type { WeekProfile } from '../traffic/week';
import type { SweepHosting } from './optimizer';

/** The week's length as a module-local constant: hot loops read it without going through a module binding. */
const WEEK_HOURS = HOURS_PER_WEEK;

/** Scratch hours for the fleet simulation (the optimizer is synchronous, so one array serves every call). */
const scratch = new Array<number>(HOURS_PER_WEEK).fill(0);

/** Instance-hours per week and policy: instance types of the same throughput share a policy, so most sweeps simulate a few dozen fleets. */
const hoursByWeek = new WeakMap<WeekProfile, Map<string, number>>();

/**
 * Instance-hours a month of an autoscaled fleet: the same simulation and per-endpoint split the
 * estimate uses (real-time and async endpoints host one model each).
 */
export function monthlyInstanceHours(
  workload: Workload,
  week: WeekProfile,
  hosting: SweepHosting,
  autoscaling: Autoscaling,
): number {
  const endpoints = hosting === 'sagemaker-realtime' || hosting === 'sagemaker-async' ? workload.models.count : 1;
  let memo = hoursByWeek.get(week);
  if (!memo) {
    memo = new Map();
    hoursByWeek.set(week, memo);
  }
  const a = autoscaling;
  const key = `${endpoints}/${a.min}/${a.max}/${a.targetInvocationsPerInstance}/${a.scaleInCooldownMinutes ?? ''}`;
  let hours = memo.get(key);
  if (hours === undefined) {
    simulateAutoscaling(week.rps, a, scratch, 1 / endpoints);
    let sum = 0;
    for (let h = 0; h < WEEK_HOURS; h++) sum += scratch[h]!;
    hours = sum * endpoints * WEEKS_PER_MONTH;
    memo.set(key, hours);
  }
  return hours;
}

/** On-demand rates per catalog, by hosting and type: the recommender asks for the same ones on every workload change. */
const onDemandCache = new WeakMap<PriceCatalog, Map<string, number | null>>();

/** The on-demand $/hour of an instance type for a hosting type, or null when it is not priced. */
export function onDemandHourly(
  catalog: PriceCatalog,
  region: string,
  hosting: SweepHosting,
  instanceType: string,
): number | null {
  let rates = onDemandCache.get(catalog);
  if (!rates) {
    rates = new Map();
    onDemandCache.set(catalog, rates);
  }
  const component = hosting === 'sagemaker-async' ? 'AsyncInf' : 'Hosting';
  const isSageMaker = hosting.startsWith('sagemaker-');
  const key = isSageMaker ? `${region}/${component}/${instanceType}` : `${region}/ec2/${instanceType}`;
  let rate = rates.get(key);
  if (rate === undefined) {
    const q = isSageMaker
      ? sageMakerInstanceQuote(catalog, region, component, instanceType, [])
      : ec2InstanceQuote(catalog, region, instanceType);
    rate = ratePerBase(q, 'hours');
    rates.set(key, rate);
  }
  return rate;
}

/** A rate the user entered as a discount off on-demand, used when the catalog has none; Infinity when none was. */
function discounted(onDemand: number, discountPercent: number | undefined): number {
  return discountPercent === undefined ? Infinity : onDemand * (1 - discountPercent / 100);
}

/** Monthly cost every design of the hosting type pays whatever its instances: the EKS cluster fee (0 when unpriced). */
export function fixedMonthlyFloor(catalog: PriceCatalog, region: string, hosting: SweepHosting): number {
  if (hosting !== 'eks') return 0;
  const fee = ratePerBase(quote(catalog, priceKeys.eksClusterHour(region)), 'hours');
  return fee === null ? 0 : fee * HOURS_PER_MONTH;
}

/**
 * The lowest $/hour the purchase can bill an instance-hour at (see the file comment): Infinity when
 * the purchase cannot be priced, null when unknown.
 */
export function hourlyRateFloor(
  catalog: PriceCatalog,
  region: string,
  hosting: SweepHosting,
  instanceType: string,
  purchase: Purchase,
  onDemand: number,
): number | null {
  if (purchaseExclusion(purchase.type, hosting) !== null) return onDemand;
  let rate: number | null;
  switch (purchase.type) {
    case 'on-demand':
      return onDemand;
    case 'sagemaker-savings-plan':
    case 'compute-savings-plan':
    case 'ec2-instance-savings-plan': {
      const plan =
        purchase.type === 'sagemaker-savings-plan'
          ? 'sagemaker'
          : purchase.type === 'compute-savings-plan'
            ? 'compute'
            : 'ec2-instance';
      const usage = hosting.startsWith('sagemaker-')
        ? savingsPlanUsage.sageMaker(hosting === 'sagemaker-async' ? 'AsyncInf' : 'Hosting', instanceType)
        : savingsPlanUsage.ec2(instanceType);
      const q = quote(catalog, priceKeys.savingsPlanRate(plan, region, purchase.termYears, purchase.payment, usage));
      rate = q.ok ? ratePerBase(q, 'hours') : discounted(onDemand, purchase.discountPercent);
      break;
    }
    case 'reserved-instance': {
      const key = priceKeys.ec2Reserved(
        region,
        instanceType,
        purchase.termYears,
        purchase.offeringClass,
        purchase.payment,
      );
      const q = quote(catalog, key);
      rate = q.ok
        ? effectiveReservedRate(q, purchase.termYears).effective
        : discounted(onDemand, purchase.discountPercent);
      break;
    }
    case 'spot': {
      if (purchase.pricePerHour !== undefined) {
        rate = purchase.pricePerHour;
        break;
      }
      const q = quote(catalog, priceKeys.ec2Spot(region, instanceType));
      rate = q.ok ? ratePerBase(q, 'hours') : discounted(onDemand, purchase.discountPercent);
      break;
    }
    default:
      rate = null;
  }
  // Unpriceable stays Infinity; a priced purchase bills nothing above on-demand (see the file comment).
  return rate === null || rate === Infinity ? rate : Math.min(rate, onDemand);
}
