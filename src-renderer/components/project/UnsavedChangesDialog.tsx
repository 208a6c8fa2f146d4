import { observer } from 'mobx-react-lite';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { DiscardConfirmation } from '../../stores/project/DiscardConfirmation';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The question before unsaved changes would be lost: a modal dialog (role=dialog, aria-modal) that
 * takes the focus, keeps Tab inside itself, answers Cancel on Escape, and gives the focus back to
 * where it was when it closes.
 */
export const UnsavedChangesDialog = observer(function UnsavedChangesDialog({
  confirmation,
}: {
  confirmation: DiscardConfirmation;
}) {
  const question = confirmation.question;
  const dialogRef = useRef<HTMLDivElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!question) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    saveRef.current?.focus();
    return () => previous?.focus();
  }, [question]);

  if (!question) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      confirmation.answer('cancel');
    } else if (event.key === 'Tab') {
      const items = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        ref={dialogRef}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="unsaved-title"
        aria-describedby="unsaved-detail"
        onKeyDown={onKeyDown}
      >
        <h2 id="unsaved-title">Unsaved changes</h2>
        <p id="unsaved-detail">
          “{question.projectName || 'Untitled project'}” has changes that are not saved. Save them before you{' '}
          {question.action}?
        </p>
        <div className="modal-actions">
          <button ref={saveRef} type="button" className="primary" onClick={() => confirmation.answer('save')}>
            Save
          </button>
          <button type="button" className="danger" onClick={() => confirmation.answer('discard')}>
            Discard changes
          </button>
          <button type="button" onClick={() => confirmation.answer('cancel')}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
});
