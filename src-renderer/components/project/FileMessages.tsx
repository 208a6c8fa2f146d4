import { observer } from 'mobx-react-lite';
import type { ProjectFileStore } from '../../stores/project/ProjectFileStore';
import { problemWords } from '../../format/problemWords';
import { InternalNames } from '../common/PlainText';

/** The outcome of the last file action: an alert for an error (the project is unchanged), or a status. */
export const FileMessages = observer(function FileMessages({ files }: { files: ProjectFileStore }) {
  const error = files.error ? problemWords(files.error) : null;
  return (
    <>
      {error && (
        <div role="alert" className="file-error" data-testid="file-error">
          <span>{error.text}</span> {error.original && <InternalNames names={[error.original]} />}
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
