import type { ReactNode } from 'react';
import { SelectField } from './SelectField';

/**
 * A labelled choice among a fixed set of values, given as one record of value → label (the options'
 * order is the record's), so call sites do not spell out option lists.
 */
export function ChoiceField<T extends string>({
  label,
  value,
  labels,
  onChange,
  testId,
}: {
  label: ReactNode;
  value: T;
  labels: Readonly<Record<T, string>>;
  onChange(value: T): void;
  testId?: string;
}) {
  const options = (Object.keys(labels) as T[]).map((v) => ({ value: v, label: labels[v] }));
  return <SelectField label={label} value={value} options={options} onChange={onChange} testId={testId} />;
}
