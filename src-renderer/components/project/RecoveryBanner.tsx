import { observer } from 'mobx-react-lite';
import type { AutosaveStore } from '../../stores/project/AutosaveStore';

/** Offers the work autosaved by a session that ended without saving, and autosave warnings. */
export const RecoveryBanner = observer(function RecoveryBanner({ autosave }: { autosave: AutosaveStore }) {
  const recovery = autosave.recovery;
  return (
    <>
      {recovery && (
        <section className="banner" aria-labelledby="recovery-title" data-testid="recovery-banner">
          <h2 id="recovery-title">Recover unsaved work?</h2>
          <p>
            “{recovery.project.name}” has changes from {new Date(recovery.savedAt).toLocaleString()} that were never
            saved{recovery.filePath ? ` to ${recovery.filePath}` : ''}.
          </p>
          <div className="banner-actions">
            <button type="button" className="primary" onClick={() => autosave.restore()}>
              Recover
            </button>
            <button type="button" onClick={() => void autosave.discardRecovery()}>
              Discard
            </button>
          </div>
        </section>
      )}
      {autosave.warning && (
        <p role="alert" className="banner warning">
          {autosave.warning}{' '}
          <button type="button" onClick={() => autosave.dismissWarning()}>
            Dismiss
          </button>
        </p>
      )}
    </>
  );
});
