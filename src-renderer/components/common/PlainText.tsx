import { useState } from 'react';
import { plainMessage } from '../../format/plainWords';

/**
 * A message from the engine or a file check in the user's words. The engine keeps the technical
 * names behind its words in a separate `detail` (field paths, price keys); messages from elsewhere
 * (file checks) still pass through the plain-words filter. Either way the internal names sit in a
 * "details" disclosure, rendered only once opened, so the page itself never shows them.
 */
export function PlainText({ message, detail }: { message: string; detail?: string | undefined }) {
  const { text, details } = plainMessage(message);
  const names = detail ? [...new Set([...detail.split(', '), ...details])] : details;
  return (
    <>
      {text}
      {names.length > 0 && <InternalNames names={names} />}
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
