import { useState } from 'react';
import { plainMessage } from '../../format/plainWords';

/**
 * A message from the engine or a file check in the user's words; the internal names it mentioned
 * (price keys, field names) sit in a "details" disclosure, rendered only once opened, so the page
 * itself never shows them.
 */
export function PlainText({ message }: { message: string }) {
  const { text, details } = plainMessage(message);
  return (
    <>
      {text}
      {details.length > 0 && <InternalNames names={details} />}
    </>
  );
}

/** The internal names behind a message, for people who compare with the CLI, the JSON or the workbook. */
export function InternalNames({ names }: { names: ReadonlyArray<string> }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="internal-names" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>details</summary>
      {open && (
        <span>
          As the project file and the command line name it:{' '}
          {names.map((n, i) => (
            <code key={n}>
              {i > 0 ? ', ' : ''}
              {n}
            </code>
          ))}
        </span>
      )}
    </details>
  );
}
