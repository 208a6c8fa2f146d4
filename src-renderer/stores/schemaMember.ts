/** Validating one part of a design against the member of the schema's union that its `type` selects. */
import { findHostingDefinition, findPurchaseDefinition } from '@shared/domain';
import type { Hosting, Purchase } from '@shared/project/schema';
import { parseWith, type InputProblem } from '@shared/validation';

/** Problems of a hosting or purchase candidate, each with its path inside the part ("autoscaling.max"). */
export function problemsOf(part: 'hosting' | 'purchase', value: Hosting | Purchase): InputProblem[] {
  // Validating against the member (not the union) gives messages about the field, not "invalid input".
  const member = (part === 'hosting' ? findHostingDefinition(value.type) : findPurchaseDefinition(value.type))?.schema;
  if (!member) return [{ path: 'type', message: `unknown ${part} type ${value.type}` }];
  const parsed = parseWith(member, value);
  return parsed.ok ? [] : parsed.problems;
}
