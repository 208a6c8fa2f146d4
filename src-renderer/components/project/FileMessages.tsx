import { observer } from 'mobx-react-lite';
import type { ProjectFileStore } from '../../stores/project/ProjectFileStore';

/** The outcome of the last file action: an alert for an error (the project is unchanged), or a status. */
export const FileMessages = observer(function FileMessages({ files }: { files: ProjectFileStore }) {
  return (
    <>
      {files.error && (
        <div role="alert" className="file-error" data-testid="file-error">
          <span>{files.error}</span>{' '}
          <button type="button" onClick={() => files.dismissError()}>
            Dismiss
          </button>
        </div>
      )}
      <p role="status" className="file-status" data-testid="file-status">
        {files.status ?? ''}
      </p>
    </>
  );
});
