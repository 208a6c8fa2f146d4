import { observer } from 'mobx-react-lite';
import { useEffect, useRef, type ChangeEvent } from 'react';
import { MAX_PROJECT_BYTES } from '@shared/project/parseProjectText';
import { useStores } from '../../stores/context';
import { runFileAction } from '../../stores/project/fileActions';
import { SHORTCUT_LABELS } from '../../stores/project/shortcuts';
import { RecentMenu } from './RecentMenu';

/**
 * The project's name and the file actions (New, Open, Save, Save As, recent projects: the files in
 * the desktop app, the copies the server keeps in web mode). In web mode Open uses the hidden file input here, which the store opens through
 * `setUploadPicker` (a file picker may only be opened by the page, from a user gesture).
 */
/** The one save-state indicator: unsaved, saved (where), or a new project never saved. */
function saveState(dirty: boolean, filePath: string | null, isWeb: boolean): string {
  if (dirty) return 'Unsaved changes';
  if (filePath === null) return 'Not saved yet';
  const name = filePath.split(/[\\/]/).pop();
  return isWeb ? `Saved: ${name} (downloaded)` : `Saved: ${name}`;
}

export const FileToolbar = observer(function FileToolbar() {
  const root = useStores();
  const { project, files } = root;
  const inputRef = useRef<HTMLInputElement>(null);
  const isWeb = root.app.info?.mode === 'web';

  useEffect(() => {
    files.setUploadPicker(() => inputRef.current?.click());
    return () => files.setUploadPicker(null);
  }, [files]);

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again still fires a change
    if (!file) return;
    if (file.size > MAX_PROJECT_BYTES) {
      files.uploadFailed(file.name, `larger than ${MAX_PROJECT_BYTES / 2 ** 20} MB`);
      return;
    }
    await files.openUploaded(file.name, await file.text());
  };

  const name = project.current.name;
  const button = (action: keyof typeof SHORTCUT_LABELS, label: string) => (
    <button
      type="button"
      onClick={() => runFileAction(root, action)}
      disabled={files.busy}
      aria-keyshortcuts={SHORTCUT_LABELS[action]}
      title={`${label} (${SHORTCUT_LABELS[action].replace('Control', 'Ctrl')})`}
    >
      {label}
    </button>
  );

  const history = (action: 'undo' | 'redo', label: string, what: string | null) => (
    <button
      type="button"
      onClick={() => root[action]()}
      disabled={what === null}
      aria-keyshortcuts={SHORTCUT_LABELS[action]}
      title={
        what ? `${label}: ${what} (${SHORTCUT_LABELS[action].replace('Control', 'Ctrl')})` : `Nothing to ${action}`
      }
      data-testid={action}
    >
      {label}
    </button>
  );

  return (
    <div className="file-toolbar" role="toolbar" aria-label="Project file">
      <label className="project-name">
        <span>Project name</span>
        <input
          type="text"
          value={name}
          maxLength={200}
          aria-invalid={name.trim() === '' ? true : undefined}
          onChange={(e) => {
            const value = e.currentTarget.value;
            project.edit(
              (p) => {
                p.name = value;
              },
              { coalesce: 'project-name', label: 'Project name' },
            );
          }}
        />
      </label>
      <span
        className={`save-state${project.dirty ? ' unsaved' : ''}`}
        data-testid="save-state"
        title={project.filePath ?? undefined}
        aria-live="polite"
      >
        {saveState(project.dirty, project.filePath, isWeb)}
      </span>
      {history('undo', 'Undo', project.undoLabel)}
      {history('redo', 'Redo', project.redoLabel)}
      {button('new', 'New')}
      {button('open', 'Open…')}
      {button('save', 'Save')}
      {button('save-as', 'Save As…')}
      <RecentMenu files={files} />
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Project file to open"
        data-testid="project-upload"
        onChange={(e) => void onFileChosen(e)}
      />
    </div>
  );
});
