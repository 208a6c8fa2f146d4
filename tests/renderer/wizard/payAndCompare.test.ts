// PayStore and ComparisonStore: ways to pay, commitment sizing, hand-entered rates, and the comparison.
import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain';
import { priceKeys } from '@shared/prices/keys';
import { purchaseFields } from '../../../src-renderer/stores/designFields';
import type { Estimator } from '../../../src-renderer/stores/EstimatesStore';
import { startedStore } from '../priceFixture';

describe('PayStore', () => {
  it('lists the ways to pay with the domain’s reason for those that do not apply', async () => {
    const { store } = await startedStore();
    const r = store.designs.addNew('sagemaker-realtime');
    const choices = store.pay.choices(r);
    expect(choices.find((c) => c.type === 'sagemaker-savings-plan')!.exclusion).toBeNull();
    expect(choices.find((c) => c.type === 'spot')!.exclusion).toMatch(/training only/);
    expect(choices.find((c) => c.type === 'reserved-instance')!.exclusion).toMatch(/do not apply to SageMaker/);
    const e = store.designs.addNew('ec2');
    expect(store.pay.choices(e).find((c) => c.type === 'spot')!.exclusion).toBeNull();
  });

  it('sizes a Savings Plan to the weekly floor, shows utilization and break-even, and lowers the total', async () => {
    const { store } = await startedStore();
    store.workloadForm.setPattern('steady');
    const r = store.designs.addNew('sagemaker-realtime');
    store.designs.patchHosting(r, { instanceType: 'ml.c5.xlarge', instanceCount: 2 });
    const onDemand = store.estimates.estimateOf(r)!.monthlyUsd!;
    store.designs.setPurchaseType(r, 'sagemaker-savings-plan');
    // The test data has no plan rates: the estimate says so, and a discount entered by hand fills it.
    expect(store.estimates.estimateOf(r)!.monthlyUsd).toBeNull();
    expect(store.pay.missingRates(r)[0]!.key).toBe(
      priceKeys.savingsPlanRate('sagemaker', 'us-east-1', 1, 'no-upfront', 'Hosting/ml.c5.xlarge'),
    );
    store.designs.setNumber(
      r,
      purchaseFields(r.purchase).find((f) => f.id === 'discountPercent')!,
      '40',
    );
    const a = store.pay.analysisOf(r)!;
    // 2 instances every hour at 0.204 × 0.6 = 0.2448 $/h of plan rate.
    expect(a.suggestedPerHour).toBeCloseTo(2 * 0.204 * 0.6, 9);
    expect(a.utilization).toBeCloseTo(1, 9);
    expect(a.breakEvenUtilization).toBeCloseTo(0.6, 9);
    expect(a.onDemandMonthlyUsd).toBeCloseTo(onDemand, 6);
    expect(a.monthlySavingsUsd).toBeCloseTo(2 * 0.204 * 0.4 * 730, 6);
    expect(store.estimates.estimateOf(r)!.monthlyUsd).toBeCloseTo(onDemand - 2 * 0.204 * 0.4 * 730, 6);
    // An over-sized commitment is paid in full and partly unused.
    store.designs.setNumber(
      r,
      purchaseFields(r.purchase).find((f) => f.id === 'commitmentPerHour')!,
      String(2 * 0.2448),
    );
    expect(store.pay.analysisOf(r)!.utilization).toBeCloseTo(0.5, 9);
  });

  it('takes a plan rate entered by hand for the missing key, and removes it again', async () => {
    const { store } = await startedStore();
    store.workloadForm.setPattern('steady');
    const r = store.designs.addNew('sagemaker-realtime');
    store.designs.setPurchaseType(r, 'sagemaker-savings-plan');
    const missing = store.pay.missingRates(r)[0]!;
    expect(missing.unit).toBe('hour');
    store.pay.setUserRate(missing.key, missing.unit, 'cheap');
    expect(store.pay.rateError(missing.key)).toBe('"cheap" is not a number');
    store.pay.setUserRate(missing.key, missing.unit, '0.15');
    const e = store.estimates.estimateOf(r)!;
    expect(e.monthlyUsd).not.toBeNull();
    expect(e.commitment?.committedRateUsd).toBe(0.15); // the hand-entered plan rate
    expect(store.pay.missingRates(r)).toEqual([]);
    store.pay.removeUserRate(missing.key);
    expect(store.project.current.userRates).toBeUndefined();
    expect(store.estimates.estimateOf(r)!.monthlyUsd).toBeNull();
  });

  it('asks for a Lambda plan rate per GB-second (not per hour of commitment) and prices the design with it', async () => {
    const { store } = await startedStore();
    store.workloadForm.setPattern('steady');
    const l = store.designs.addNew('lambda');
    store.designs.setPurchaseType(l, 'compute-savings-plan');
    const missing = store.pay.missingRates(l);
    expect(missing).toHaveLength(1);
    expect(missing[0]!.unit).toBe('GB-second');
    expect(missing[0]!.label).not.toMatch(/commitment/);
    store.pay.setUserRate(missing[0]!.key, missing[0]!.unit, '0.00001');
    const e = store.estimates.estimateOf(l)!;
    expect(e.monthlyUsd).not.toBeNull();
    expect(e.commitment?.committedRateUsd).toBe(0.00001);
  });
});

describe('ComparisonStore', () => {
  it('marks the cheapest feasible design, never an infeasible or unpriced one', async () => {
    const { store } = await startedStore();
    const big = store.designs.addNew('sagemaker-realtime');
    store.designs.patchHosting(big, { instanceCount: 4 });
    const small = store.designs.addNew('sagemaker-realtime');
    const spotOnSageMaker = store.designs.addNew('sagemaker-realtime');
    store.designs.setPurchaseType(spotOnSageMaker, 'spot');
    expect(store.estimates.estimateOf(spotOnSageMaker)!.feasible).toBe(false);
    expect(store.comparison.cheapestFeasibleId).toBe(store.designs.idOf(small));
    store.designs.patchHosting(small, { instanceCount: 8 });
    expect(store.comparison.cheapestFeasibleId).toBe(store.designs.idOf(big));
  });

  it('re-estimates only the design that changed; a workload change re-estimates all', async () => {
    let calls: string[] = [];
    const counting: Estimator = (d, w, c, r) => {
      calls.push(d.name);
      return estimateDesign(d, w, c, r);
    };
    const { store } = await startedStore({}, { estimator: counting });
    for (let i = 0; i < 5; i++) store.designs.addNew('sagemaker-realtime');
    const { reaction } = await import('mobx');
    // Observed, as the UI observes it: computed values are cached between reads.
    const dispose = reaction(
      () => store.comparison.rows.map((r) => r.estimate?.monthlyUsd),
      () => {},
      { fireImmediately: true },
    );
    calls = [];
    const third = store.designs.designs[2]!;
    store.designs.patchHosting(third, { instanceCount: 3 });
    expect(calls).toEqual([third.name]);
    calls = [];
    store.workloadForm.setNumber('inferenceMs', '120');
    expect(calls).toHaveLength(5);
    dispose();
  });

  it('charts cost against traffic with crossovers, the week hour by hour, and break-even', async () => {
    const { store } = await startedStore();
    store.workloadForm.setPattern('steady');
    const fixed = store.designs.addNew('sagemaker-realtime');
    store.designs.patchHosting(fixed, { instanceType: 'ml.c5.xlarge', instanceCount: 1 });
    const serverless = store.designs.addNew('sagemaker-serverless');
    const data = store.comparison.curveData;
    expect(data).toHaveLength(11);
    expect(data[0]!.requestsPerMonth).toBeLessThan(data[10]!.requestsPerMonth);
    expect(data.every((p) => typeof p[`d${store.designs.idOf(fixed)}`] === 'number')).toBe(true);
    // Serverless grows with traffic, one fixed instance does not: they cross once.
    const x = store.comparison.crossovers;
    expect(x).toHaveLength(1);
    expect(x[0]).toMatchObject({ cheaperBelow: serverless.name, cheaperAbove: fixed.name });
    store.comparison.setHourlyDesign(store.designs.idOf(fixed));
    expect(store.comparison.hourlyData).toHaveLength(168);
    expect(store.comparison.hourlyData[0]).toMatchObject({ capacity: 1, label: 'Mon 00:00' });
    expect(store.comparison.breakEvenSeries).toEqual([]);
    store.designs.setPurchaseType(fixed, 'sagemaker-savings-plan');
    store.designs.setNumber(
      fixed,
      purchaseFields(fixed.purchase).find((f) => f.id === 'discountPercent')!,
      '30',
    );
    const series = store.comparison.breakEvenSeries;
    expect(series).toHaveLength(1);
    expect(series[0]!.data).toHaveLength(13);
    expect(series[0]!.data[12]!.committedUsd).toBeLessThan(series[0]!.data[12]!.onDemandUsd);
  });
});
