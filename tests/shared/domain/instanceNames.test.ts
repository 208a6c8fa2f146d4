import { describe, expect, it } from 'vitest';
import { needsCompiledModel, specFromName } from '@shared/domain/capacity/instanceNames';

describe('hardware facts from instance type names', () => {
  it('reads vCPU from the size and memory from the family ratio', () => {
    expect(specFromName('ml.c5.2xlarge')).toEqual({ instanceType: 'c5.2xlarge', vcpu: 8, memoryGiB: 16, gpuCount: 0 }); // 2xlarge = 8 vCPU × 2 GiB
    expect(specFromName('m6g.large')).toMatchObject({ vcpu: 2, memoryGiB: 8 }); // 2 vCPU × 4 GiB
    expect(specFromName('ml.r5.xlarge')).toMatchObject({ vcpu: 4, memoryGiB: 32 }); // 4 vCPU × 8 GiB
  });

  it('leaves other families unknown instead of guessing', () => {
    expect(specFromName('ml.t2.medium')).toBeUndefined();
    expect(specFromName('ml.g5.xlarge')).toBeUndefined();
  });

  it('flags accelerators that need a compiled model', () => {
    expect(needsCompiledModel('ml.inf1.xlarge')).toBe(true);
    expect(needsCompiledModel('trn1.2xlarge')).toBe(true);
    expect(needsCompiledModel('ml.g5.xlarge')).toBe(false);
  });
});
