/** Validating one part of a design against the member of the schema's union that its `type` selects. */
import { HostingSchema, PurchaseSchema, type Hosting, type Purchase } from '@shared/project/schema';
import { parseWith, type InputProblem } from '@shared/validation';

type Union = typeof HostingSchema | typeof PurchaseSchema;

function memberFor(union: Union, type: string) {
  // Validating against the member (not the union) gives messages about the field, not "invalid input".
  return union.options.find((o) => o.shape.type.safeParse(type).success);
}

/** Problems of a hosting or purchase candidate, each with its path inside the part ("autoscaling.max"). */
export function problemsOf(part: 'hosting' | 'purchase', value: Hosting | Purchase): InputProblem[] {
  const member = memberFor(part === 'hosting' ? HostingSchema : PurchaseSchema, value.type);
  if (!member) return [{ path: 'type', message: `unknown ${part} type ${value.type}` }];
  const parsed = parseWith(member, value);
  return parsed.ok ? [] : parsed.problems;
}
