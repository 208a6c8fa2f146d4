import { observer } from 'mobx-react-lite';
import { useStores } from '../../stores/context';
import { FileMessages } from './FileMessages';
import { FileToolbar } from './FileToolbar';
import { RecoveryBanner } from './RecoveryBanner';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';
import { useFileShortcuts } from './useFileShortcuts';

/** Everything about the project file, for the header: toolbar, messages, recovery, the unsaved-changes question. */
export const ProjectBar = observer(function ProjectBar() {
  const root = useStores();
  useFileShortcuts(root);
  return (
    <div className="project-bar">
      <FileToolbar />
      <FileMessages files={root.files} />
      <RecoveryBanner autosave={root.autosave} />
      <UnsavedChangesDialog confirmation={root.files.confirmation} />
    </div>
  );
});
