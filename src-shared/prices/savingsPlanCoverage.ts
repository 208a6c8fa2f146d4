/**
 * Whether a Savings Plan covers a usage, and on whose word. With plan rates in the data for the
 * plan and region (a refresh fetched them), the rates decide: a usage with a rate is covered, one
 * without is not, and the reason names the rates. Without rates (offline, built-in prices), AWS's
 * documentation decides, and the claim's source is shown beside a hand-entered discount.
 */
import type { PriceCatalog } from './catalog';
import type { SavingsPlanType } from './keys';
import { sourceInWords } from './provenance';

/** The answer, with the words to show. */
export interface PlanCoverage {
  applies: boolean;
  /** 'rates': the plan rates in the price data; 'documentation': AWS's documented scope. */
  basis: 'rates' | 'documentation';
  /** Where the claim comes from, in words. */
  source: string;
  /** Why it does not apply, when it does not. */
  reason?: string;
}

const PLAN_NAMES: Record<SavingsPlanType, string> = {
  sagemaker: 'SageMaker Savings Plan',
  compute: 'Compute Savings Plan',
  'ec2-instance': 'EC2 Instance Savings Plan',
};

/** AWS's documented scope of each plan, by the usage part of a plan-rate key. */
const DOCUMENTED: Record<SavingsPlanType, { covers: (usage: string) => boolean; words: string }> = {
  sagemaker: {
    covers: (u) => /^(Hosting|AsyncInf|BatchTransform)\//.test(u),
    words:
      'AWS Savings Plans documentation: SageMaker Savings Plans apply to SageMaker ML instance usage (real-time, asynchronous and batch transform inference)',
  },
  compute: {
    covers: (u) => !u.includes('/') || u.startsWith('lambda-duration/'),
    words: 'AWS Savings Plans documentation: Compute Savings Plans apply to EC2 instance usage and Lambda duration',
  },
  'ec2-instance': {
    covers: (u) => !u.includes('/'),
    words:
      'AWS Savings Plans documentation: EC2 Instance Savings Plans apply to EC2 instance usage in one family and region',
  },
};

/** Coverage of `usage` (a `savingsPlanUsage` value) by `plan` in `region`; see the file comment. */
export function savingsPlanCoverage(
  catalog: PriceCatalog,
  plan: SavingsPlanType,
  region: string,
  usage: string,
): PlanCoverage {
  const rates = catalog.keysWithPrefix(`savings-plans/${plan}/${region}/`);
  if (rates.length > 0) {
    const first = catalog.lookup(rates[0]!);
    const source = first.ok ? sourceInWords(first.price.source).text : 'plan rates in the price data';
    if (rates.some((k) => k.endsWith(`/${usage}`))) return { applies: true, basis: 'rates', source };
    return {
      applies: false,
      basis: 'rates',
      source,
      reason: `the ${PLAN_NAMES[plan]} rates for ${region} (${source}) list no rate for ${usage}, so the plan does not cover it`,
    };
  }
  const doc = DOCUMENTED[plan];
  if (doc.covers(usage)) return { applies: true, basis: 'documentation', source: doc.words };
  return {
    applies: false,
    basis: 'documentation',
    source: doc.words,
    reason: `${doc.words}; ${usage} is not in that scope (a refresh brings the plan rates, which decide)`,
  };
}

/** The plan, region and usage of a `priceKeys.savingsPlanRate` key, or undefined for another key. */
export function parsePlanRateKey(key: string): { plan: SavingsPlanType; region: string; usage: string } | undefined {
  const m = /^savings-plans\/(sagemaker|compute|ec2-instance)\/([^/]+)\/\d+yr\/[^/]+\/(.+)$/.exec(key);
  return m ? { plan: m[1] as SavingsPlanType, region: m[2]!, usage: m[3]! } : undefined;
}
