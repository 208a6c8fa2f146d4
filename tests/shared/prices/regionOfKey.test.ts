// regionOfKey reads the region as parseKey does, for every key shape and for malformed keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseKey, priceKeys, regionOfKey } from '@shared/prices/keys';

describe('regionOfKey', () => {
  it('agrees with parseKey on real keys and on any string', () => {
    const keys = [
      priceKeys.sageMakerInstance('eu-west-1', 'Hosting', 'ml.c5.xlarge'),
      priceKeys.savingsPlanRate('compute', 'ap-south-1', 3, 'all-upfront', 'lambda-duration/arm64'),
      priceKeys.eksClusterHour('us-east-2'),
      priceKeys.bedrockTokens('eu-central-1', 'geo', 'batch-input', 'anthropic.claude-3-haiku'),
      'savings-plans/compute',
      'savings-plans//x',
      'sagemaker/',
      'sagemaker',
      'nonsense/us-east-1/x',
      '',
    ];
    for (const k of keys) expect({ k, region: regionOfKey(k) }).toEqual({ k, region: parseKey(k)?.region });
    expect(regionOfKey(keys[1]!)).toBe('ap-south-1');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('sagemaker', 'savings-plans', 'ec2', 'x', '', 'us-east-1', 'a/b'), { maxLength: 5 }),
        (parts) => {
          const k = parts.join('/');
          expect(regionOfKey(k)).toBe(parseKey(k)?.region);
        },
      ),
    );
  });
});
