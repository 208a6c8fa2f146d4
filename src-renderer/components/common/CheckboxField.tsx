import { useId } from 'react';

/** A labelled yes/no choice, with an optional explanation tied to it. */
export function CheckboxField(props: {
  label: string;
  checked: boolean;
  help?: string;
  onChange(checked: boolean): void;
}) {
  const id = useId();
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.help ? `${id}-help` : undefined}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.help && (
        <small id={`${id}-help`} className="help">
          {props.help}
        </small>
      )}
    </div>
  );
}
