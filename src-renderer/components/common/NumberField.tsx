import { useId } from 'react';

export interface NumberFieldProps {
  label: string;
  /** Shown in the label, e.g. "ms", "KiB". */
  unit: string;
  value: string;
  /** The message next to the field when what was typed is not valid. */
  error?: string | undefined;
  help?: string | undefined;
  onChange(text: string): void;
  testId?: string;
  /** Identifies the field for "Fix" in the invalid-fields banner (moves focus here). */
  fieldKey?: string;
}

/**
 * A number typed as text: what the user typed stays in the field even when invalid, with the message
 * next to it (announced, and tied to the field for screen readers).
 */
export function NumberField({ label, unit, value, error, help, onChange, testId, fieldKey }: NumberFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, help ? `${id}-help` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label} <span className="unit">({unit})</span>
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={testId}
        data-field={fieldKey}
        onChange={(e) => onChange(e.target.value)}
      />
      {help && (
        <small id={`${id}-help`} className="help">
          {help}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
