/**
 * One hardware check for every instance-priced hosting type (the fleet types and batch transform):
 * an unknown instance type is a reason, a GPU model on a CPU-only type is a reason, and a priced
 * type whose spec is missing is only unchecked, never "unknown".
 */
import { describe, expect, it } from 'vitest';
import { estimateDesign } from '@shared/domain/estimate';
import type { Workload } from '@shared/domain/model';
import { createPriceCatalog } from '@shared/prices/lookup';
import { catalogData, design, everyInstanceDesign, SPECS, testCatalog, workload } from './fixtures';

const R = 'us-east-1';
const rules = (e: { reasons: { rule: string }[] }) => e.reasons.map((r) => r.rule);
const batchWork = (over: Partial<Workload> = {}) => workload({ datasetAvailableUpfront: true, ...over });

describe('the hardware check of instance-priced designs', () => {
  it('names an unknown instance type on every instance-priced hosting type', () => {
    const designs = everyInstanceDesign('zz9.huge');
    expect(designs).toHaveLength(6);
    for (const d of designs) {
      const e = estimateDesign(d, batchWork(), testCatalog(), R);
      const reason = e.reasons.find((r) => r.rule === 'instance.unknown');
      expect(reason?.message, d.hosting.type).toBe(
        `instance type ${(d.hosting as { instanceType: string }).instanceType} is not in the price catalog for ${R}`,
      );
    }
  });

  it('rules a GPU model off a CPU-only type on every one of them', () => {
    const designs = everyInstanceDesign('c5.xlarge');
    expect(designs).toHaveLength(6);
    for (const d of designs) {
      const e = estimateDesign(d, batchWork({ needsGpu: true }), testCatalog(), R);
      expect(rules(e), d.hosting.type).toContain('instance.gpu');
      expect(rules(e), d.hosting.type).not.toContain('instance.unknown');
    }
  });

  it('a priced type without hardware facts is unchecked (a warning), not unknown', () => {
    const catalog = createPriceCatalog({
      ...catalogData(),
      instanceSpecs: SPECS.filter((s) => s.instanceType !== 'c5.xlarge'),
    });
    const e = estimateDesign(
      design({ type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 1 }),
      batchWork(),
      catalog,
      R,
    );
    expect(rules(e)).not.toContain('instance.unknown');
    expect(e.warnings.length).toBeGreaterThan(0);
  });
});
