/**
 * The `loadtest.open` handler: load-test results for a design's measured throughput. The page either
 * uploads the files' content (web mode: the server never takes a path from the page), or asks for the
 * native open dialog (desktop), whose chosen paths are the only ones read.
 */
import { InferCalcError } from '@shared/errors';
import type { ApiHandlers } from '../handlers';
import type { FileDialogs } from '../../composition/fileDialogs';
import { parseResultFiles, readResultFiles } from '../../loadtest/readResultFiles';

/** The file types offered in the open dialog. */
export const RESULT_FILTERS = [
  { name: 'Load-test results (LLMeter stats.json, FMBench or plain CSV)', extensions: ['json', 'csv', 'txt'] },
  { name: 'All files', extensions: ['*'] },
];

/** Handlers of the `loadtest.*` operations. */
export function loadTestHandlers(dialogs: FileDialogs | undefined): Pick<ApiHandlers, 'loadtest.open'> {
  return {
    'loadtest.open': async ({ files }) => {
      if (files !== undefined) return { cancelled: false, ...parseResultFiles(files) };
      if (!dialogs?.chooseFilesToOpen)
        throw new InferCalcError(
          'not-supported',
          'the open dialog needs the desktop app; in the browser, upload the files',
        );
      const chosen = await dialogs.chooseFilesToOpen({ title: 'Import load-test results', filters: RESULT_FILTERS });
      if (chosen === null || chosen.length === 0) return { cancelled: true };
      return { cancelled: false, ...(await readResultFiles(chosen)) };
    },
  };
}
