import { observer } from 'mobx-react-lite';
import { useId, useState, type KeyboardEvent } from 'react';
import type { ProjectFileStore } from '../../stores/project/ProjectFileStore';

/**
 * Recent projects as a disclosure: a button that shows a list of buttons (simpler for assistive
 * technology than an ARIA menu, and fully keyboard-usable). Escape closes it.
 */
export const RecentMenu = observer(function RecentMenu({ files }: { files: ProjectFileStore }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setOpen(false);
  };
  return (
    <div className="recent" onKeyDown={onKeyDown}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          if (!open) void files.loadRecent();
          setOpen(!open);
        }}
      >
        Recent
      </button>
      {open && (
        <ul id={listId} className="recent-list" aria-label="Recent projects">
          {files.recent.length === 0 && <li className="muted">No recent projects</li>}
          {files.recent.map((entry) => (
            <li key={entry.copy ?? entry.path}>
              <button
                type="button"
                title={entry.path}
                onClick={() => {
                  setOpen(false);
                  void files.openRecent(entry);
                }}
              >
                <span className="recent-name">{entry.name}</span>
                <span className="recent-path">{entry.path}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
