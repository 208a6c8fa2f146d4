/** Fake answers for the project-file operations a RootStore makes at start, for tests about other things. */
import type { FakeHandlers } from './fakeApi';

/** No autosave to recover, no recent projects; dirty-state reports accepted. */
export const quietProjectFiles: FakeHandlers = {
  'autosave.read': () => ({ autosave: null }),
  'autosave.write': () => ({}),
  'autosave.clear': () => ({}),
  'projects.recent': () => ({ projects: [] }),
  'projects.setDirty': () => ({}),
};
