// A SageMaker Savings Plan on serverless inference: the plan rates in the data decide whether it covers
// the compute seconds; without rates, AWS's documented scope decides and the reason names it.
import { describe, expect, it } from 'vitest';
import { estimateDesign, purchaseExclusion } from '@shared/domain';
import type { PriceEntry } from '@shared/prices/catalog';
import { priceKeys, savingsPlanUsage } from '@shared/prices/keys';
import { design, entry, line, testCatalog, workload } from './fixtures';

const serverless = { type: 'sagemaker-serverless' as const, memoryMB: 2048, maxConcurrency: 20 };
const plan = { type: 'sagemaker-savings-plan' as const, termYears: 1 as const, payment: 'no-upfront' as const };
// Steady 10 req/s × 100 ms = a mean concurrency of 1: 3,600 compute seconds every hour, 2,628,000 a month.
const w = workload({ requestKiB: 0, responseKiB: 0, inferenceMs: 100 });

function planRate(usage: string, usd: number): PriceEntry {
  return entry(priceKeys.savingsPlanRate('sagemaker', 'us-east-1', 1, 'no-upfront', usage), usd, 'second', {
    source: { origin: 'api', label: 'AWS Savings Plans API', asOf: '2026-11-27', fetchedAt: '2026-11-27T10:00:00Z' },
  });
}

describe('SageMaker Savings Plan on serverless inference', () => {
  it('is a way to pay serverless accepts', () => {
    expect(purchaseExclusion('sagemaker-savings-plan', 'sagemaker-serverless')).toBeNull();
  });

  it('bills the compute seconds at the plan rate when the plan rates list serverless usage', () => {
    const catalog = testCatalog([planRate(savingsPlanUsage.sageMakerServerless(2048), 0.000032)]);
    const e = estimateDesign(design(serverless, plan), w, catalog, 'us-east-1');
    // Commitment sized to the steady floor: 3,600 s × $0.000032 = $0.1152/h; 730 h × $0.1152 = $84.096.
    const commitment = line(e.lineItems, 'SageMaker Savings Plan (1 yr, no-upfront) commitment');
    expect(commitment.monthlyUsd).toBeCloseTo(84.096, 6);
    expect(line(e.lineItems, 'seconds beyond the commitment').monthlyUsd).toBeCloseTo(0, 9);
    expect(e.lineItems.some((l) => l.label.startsWith('Serverless compute'))).toBe(false);
    expect(e.monthlyUsd).toBeCloseTo(84.096, 6);
    // Against on-demand ($0.00004/s: 2,628,000 × $0.00004 = $105.12) the plan saves 20%.
    const od = estimateDesign(design(serverless), w, catalog, 'us-east-1');
    expect(od.monthlyUsd).toBeCloseTo(105.12, 6);
    expect(e.commitment).toMatchObject({ kind: 'savings-plan', committedRateUsd: 0.000032, onDemandRateUsd: 0.00004 });
    expect(e.warnings.join(' ')).toMatch(/provisioned concurrency and data processed stay at on-demand rates/);
  });

  it('a commitment below the usage sends the rest to on-demand at the memory size rate', () => {
    const catalog = testCatalog([planRate(savingsPlanUsage.sageMakerServerless(2048), 0.000032)]);
    const e = estimateDesign(design(serverless, { ...plan, commitmentPerHour: 0.0576 }), w, catalog, 'us-east-1');
    // Half the seconds fit $0.0576/h at $0.000032/s (1,800 s/h); the other 1,800 s/h are on-demand:
    // 730 × $0.0576 + 1,800 × 730 × $0.00004 = $42.048 + $52.56 = $94.608.
    expect(e.monthlyUsd).toBeCloseTo(94.608, 4);
  });

  it('a plan rate typed in for the usage is used and named as such, even beside a discount', () => {
    const typed = entry(
      priceKeys.savingsPlanRate('sagemaker', 'us-east-1', 1, 'no-upfront', savingsPlanUsage.sageMakerServerless(2048)),
      0.000032,
      'second',
      { source: { origin: 'user', label: 'user-provided: from my plan', asOf: '2026-11-27' } },
    );
    const e = estimateDesign(
      design(serverless, { ...plan, discountPercent: 20 }),
      w,
      testCatalog([typed]),
      'us-east-1',
    );
    expect(e.monthlyUsd).toBeCloseTo(84.096, 6);
    const words = e.warnings.join(' ');
    expect(words).toMatch(/plan rate entered by hand \(user-provided: from my plan\), not from AWS price data/);
    expect(words).not.toMatch(/user-provided discount/);
  });

  it('says the plan does not cover serverless when the fetched rates list none for it', () => {
    const catalog = testCatalog([planRate(savingsPlanUsage.sageMaker('Hosting', 'ml.c5.xlarge'), 0.1387)]);
    const e = estimateDesign(design(serverless, { ...plan, discountPercent: 20 }), w, catalog, 'us-east-1');
    expect(e.monthlyUsd).toBeNull();
    const usage = line(e.lineItems, 'seconds under the plan');
    expect(usage.unavailable).toMatch(
      /SageMaker Savings Plan rates for us-east-1 \(AWS Savings Plans API, fetched 2026-11-27\) list no rate for ServerlessInf\/2048, so the plan does not cover it/,
    );
  });

  it('offline, AWS documentation decides: serverless is outside its stated scope, and the reason says whose word it is', () => {
    const e = estimateDesign(design(serverless, { ...plan, discountPercent: 20 }), w, testCatalog(), 'us-east-1');
    expect(e.monthlyUsd).toBeNull();
    expect(line(e.lineItems, 'seconds under the plan').unavailable).toMatch(
      /AWS Savings Plans documentation: SageMaker Savings Plans apply to SageMaker ML instance usage.*ServerlessInf\/2048 is not in that scope \(a refresh brings the plan rates, which decide\)/,
    );
    // The same hand-entered discount on a real-time endpoint applies, with the claim's source shown.
    const realtime = estimateDesign(
      design(
        { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 },
        { ...plan, discountPercent: 20 },
      ),
      w,
      testCatalog(),
      'us-east-1',
    );
    expect(realtime.monthlyUsd).not.toBeNull();
    expect(realtime.warnings.join(' ')).toMatch(
      /user-provided discount \(20%\).*coverage: AWS Savings Plans documentation/,
    );
  });
});
