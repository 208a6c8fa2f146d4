// Pins the contract's shape at the type level (checked by `npm run typecheck`) and at run time.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { InferCalcApi, MethodName, SubscriptionName } from '@shared/api/client';
import { apiContract, apiEvents, isOperationName, type RequestOf, type ResponseOf } from '@shared/api/contract';
import type { ApiEnvelope } from '@shared/api/envelope';
import type { AppInfo } from '@shared/api/schemas/appInfo';

describe('API contract types', () => {
  it('derives method names and client signatures from the contract', () => {
    expectTypeOf<MethodName<'app.info'>>().toEqualTypeOf<'appInfo'>();
    expectTypeOf<MethodName<'prices.status.detail'>>().toEqualTypeOf<'pricesStatusDetail'>();
    expectTypeOf<SubscriptionName<'menu.action'>>().toEqualTypeOf<'onMenuAction'>();
    expectTypeOf<RequestOf<'app.info'>>().toEqualTypeOf<Record<string, never>>();
    expectTypeOf<ResponseOf<'app.info'>>().toEqualTypeOf<AppInfo>();
    expectTypeOf<InferCalcApi['appInfo']>().returns.resolves.toEqualTypeOf<ApiEnvelope<AppInfo>>();
  });

  it('knows its operations and nothing else', () => {
    expect(isOperationName('app.info')).toBe(true);
    expect(isOperationName('toString')).toBe(false);
    expect(isOperationName('__proto__')).toBe(false);
  });

  it('uses strict request schemas, so unknown fields are refused by name', () => {
    for (const [name, spec] of Object.entries(apiContract)) {
      const probe = spec.request.safeParse({ __unexpected: 1 });
      expect(probe.success, `${name} accepted an unknown field`).toBe(false);
    }
    for (const schema of Object.values(apiEvents)) expect(schema.safeParse({ __unexpected: 1 }).success).toBe(false);
  });
});
