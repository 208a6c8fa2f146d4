// The user's words: price keys, field names in parentheses and type ids leave the text, kept for details.
import { describe, expect, it } from 'vitest';
import { describePriceKey, plainMessage } from '../../../src-renderer/format/plainWords';

describe('plainMessage', () => {
  it('rewrites a price key, a field name in parentheses and a purchase type id', () => {
    expect(plainMessage('sagemaker/us-east-1/serverless-pc-capacity/1024: rate derived (linear in memory)')).toEqual({
      text: 'SageMaker serverless provisioned concurrency at 1024 MB in us-east-1: rate derived (linear in memory)',
      details: ['sagemaker/us-east-1/serverless-pc-capacity/1024'],
    });
    expect(
      plainMessage('no rate in the price data; refresh prices online or enter a plan discount (discountPercent)'),
    ).toEqual({
      text: 'no rate in the price data; refresh prices online or enter a plan discount',
      details: ['discountPercent'],
    });
    expect(
      plainMessage(
        'enter concurrent requests per instance (concurrencyPerInstance) or a rate (maxRequestsPerSecondPerInstance)',
      ).text,
    ).toBe('enter concurrent requests per instance or a rate');
    expect(plainMessage('Usage priced on-demand because sagemaker-savings-plan does not apply to Lambda').text).toBe(
      'Usage priced on-demand because SageMaker Savings Plan does not apply to Lambda',
    );
    expect(plainMessage('maximum instances (autoscaling.max) must be at least 1').details).toEqual(['autoscaling.max']);
    expect(plainMessage('autoscaling.max 2 caps the fleet').text).toBe('the maximum instances 2 caps the fleet');
    expect(plainMessage('a plain sentence (with words) stays')).toEqual({
      text: 'a plain sentence (with words) stays',
      details: [],
    });
  });

  it('describes every kind of price key in words', () => {
    expect(describePriceKey('sagemaker/us-east-1/instance/Hosting/ml.c5.xlarge')).toBe(
      'SageMaker ml.c5.xlarge hosting hours in us-east-1',
    );
    expect(describePriceKey('savings-plans/sagemaker/us-east-1/1yr/no-upfront/Hosting/ml.c5.xlarge')).toBe(
      'SageMaker Savings Plan rate (1yr, no-upfront) for Hosting ml.c5.xlarge in us-east-1',
    );
    expect(describePriceKey('ec2/eu-west-1/spot/g5.xlarge')).toBe('EC2 g5.xlarge spot hours in eu-west-1');
  });
});
