/** Builds the project stores around a fake API, with a recording download and fake timers. */
import { newProject } from '@shared/project/defaults';
import type { Project } from '@shared/project/schema';
import { ProjectStore } from '../../../src-renderer/stores/ProjectStore';
import { AutosaveStore, type Timers } from '../../../src-renderer/stores/project/AutosaveStore';
import { ProjectFileStore } from '../../../src-renderer/stores/project/ProjectFileStore';
import { createFakeApi, type FakeHandlers } from '../fakeApi';
import { quietProjectFiles } from '../projectFakes';

export function projectNamed(name: string): Project {
  return newProject(name);
}

export function setupStores(handlers: FakeHandlers, options: { web?: boolean; timers?: Timers } = {}) {
  const fake = createFakeApi({ ...quietProjectFiles, ...handlers });
  const project = new ProjectStore();
  const autosave = new AutosaveStore(fake.api, project, options.timers);
  const downloads: Array<{ fileName: string; text: string }> = [];
  const files = new ProjectFileStore(fake.api, project, autosave, {
    isWeb: () => options.web ?? false,
    browser: { download: (fileName, text) => downloads.push({ fileName, text }) },
  });
  const callsOf = (operation: string) => fake.calls.filter((c) => c.operation === operation);
  return { fake, project, autosave, files, downloads, callsOf };
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
