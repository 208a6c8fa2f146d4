/**
 * The number fields of a design, from the domain's definition of its hosting type and way to pay
 * (label, unit, where the value lives and the rule a typed value must meet), with the reading and
 * writing the editor needs. The schema has the final word; these rules only give the message a
 * person sees first.
 */
import {
  HOSTING_DEFINITIONS,
  PURCHASE_DEFINITIONS,
  hostingDefinition,
  isInstanceHosting as isInstanceType,
  purchaseDefinition,
  type NumberFieldSpec,
} from '@shared/domain';
import type { Hosting, HostingType, Purchase, PurchaseType } from '@shared/project/schema';
import type { NumberField } from './numberInput';

type Rec = Record<string, unknown>;

/** A design number field: the common field data plus which part of the design it belongs to. */
export interface DesignNumberField extends NumberField<Rec> {
  /** Unique per part: "instanceCount", "autoscaling.max". */
  id: string;
  part: 'hosting' | 'purchase';
}

/** A field spec with its reading and writing: "a.b" paths read and write inside the nested object `a`. */
function withAccess(part: DesignNumberField['part'], spec: NumberFieldSpec): DesignNumberField {
  const [outer, inner] = spec.id.split('.') as [string, string | undefined];
  const access =
    inner === undefined
      ? {
          get: (o: Rec) => o[outer] as number | undefined,
          set: (o: Rec, v: number | undefined) => {
            if (v === undefined) delete o[outer];
            else o[outer] = v;
          },
        }
      : {
          get: (o: Rec) => (o[outer] as Rec | undefined)?.[inner] as number | undefined,
          set: (o: Rec, v: number | undefined) => (o[outer] = { ...(o[outer] as Rec), [inner]: v }),
        };
  return { ...spec, part, ...access };
}

/** Whether a hosting type runs on instances with a fixed count or autoscaling. */
export function isInstanceHosting(type: HostingType): boolean {
  return isInstanceType(type);
}

/** The hosting number fields that apply to a design's hosting as it is now. */
export function hostingFields(h: Hosting): DesignNumberField[] {
  return hostingDefinition(h.type)
    .numberFields(h)
    .map((f) => withAccess('hosting', f));
}

/** The purchase number fields of a way to pay. */
export function purchaseFields(p: Purchase): DesignNumberField[] {
  return purchaseDefinition(p.type).numberFields.map((f) => withAccess('purchase', f));
}

/** Human names of the hosting types (from their definitions). */
export const HOSTING_LABELS = Object.fromEntries(HOSTING_DEFINITIONS.map((d) => [d.type, d.label])) as Readonly<
  Record<HostingType, string>
>;

/** Human names of the ways to pay (from their definitions). */
export const PURCHASE_LABELS = Object.fromEntries(PURCHASE_DEFINITIONS.map((d) => [d.type, d.label])) as Readonly<
  Record<PurchaseType, string>
>;
