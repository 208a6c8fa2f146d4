/**
 * The user's words for what the engine and the file format call by internal names: price keys
 * ("sagemaker/us-east-1/serverless-pc-capacity/1024"), field names in parentheses
 * ("(discountPercent)"), hosting and purchase type ids. The interface shows the words; the internal
 * names stay available in a "details" disclosure (and in the CLI and the JSON, which keep them).
 */
import { ON_DEMAND } from '@shared/domain';
import { describePriceKey } from '@shared/prices/keyWords';
import { HOSTING_TYPES, PURCHASE_TYPES } from '@shared/project/schema';
import { HOSTING_LABELS, PURCHASE_LABELS } from '../stores/designFields';

export { describePriceKey };

/** A price key anywhere in a text: service/region/… (or savings-plans/plan/region/…). */
const PRICE_KEY =
  /\b(?:savings-plans\/[a-z0-9-]+|sagemaker|ec2|eks|lambda|bedrock)\/[a-z]{2}(?:-gov)?-[a-z]+-\d\/[^\s,;:)]+/g;
/** A field name or path in parentheses: "(discountPercent)", "(autoscaling.max)", "(notes)". */
const FIELD_IN_PARENS =
  /\s*\((?:[a-z]+[A-Z][\w]*|[a-z]+(?:\.[a-zA-Z]+|\[\d+\])+|notes)(?:\s*(?:or|,|and)\s*[a-z]+[A-Z][\w]*)*\)/g;
/** Field paths a message may name bare ("autoscaling.max 2 caps the fleet"), in the form's words. */
const BARE_FIELDS: Record<string, string> = {
  'autoscaling.max': 'the maximum instances',
  'autoscaling.min': 'the minimum instances',
  'autoscaling.targetInvocationsPerInstance': 'the target invocations per instance',
};
const BARE_FIELD = new RegExp(
  `\\b(${Object.keys(BARE_FIELDS)
    .map((k) => k.replace('.', '\\.'))
    .join('|')})\\b`,
  'g',
);
/** Type ids with a dash that are not English words: "sagemaker-savings-plan", "reserved-instance". */
const TYPE_IDS = new Map<string, string>(
  [
    ...HOSTING_TYPES.map((t) => [t, HOSTING_LABELS[t]] as const),
    ...PURCHASE_TYPES.map((t) => [t, PURCHASE_LABELS[t]] as const),
  ].filter(([id]) => id.includes('-') && id !== ON_DEMAND.type),
);
const TYPE_ID = new RegExp(`\\b(${[...TYPE_IDS.keys()].join('|')})\\b`, 'g');

/** A message in the user's words, and the internal names it mentioned (for a details disclosure). */
export interface PlainMessage {
  text: string;
  details: string[];
}

/** Rewrites a message in the user's words; what it took out is listed in `details`. */
export function plainMessage(message: string): PlainMessage {
  const details: string[] = [];
  let text = message.replace(PRICE_KEY, (key) => {
    details.push(key);
    return describePriceKey(key);
  });
  text = text.replace(FIELD_IN_PARENS, (m) => {
    details.push(m.trim().slice(1, -1));
    return '';
  });
  text = text.replace(BARE_FIELD, (path) => {
    details.push(path);
    return BARE_FIELDS[path]!;
  });
  text = text.replace(TYPE_ID, (id) => {
    details.push(id);
    return TYPE_IDS.get(id)!;
  });
  return { text, details: [...new Set(details)] };
}
