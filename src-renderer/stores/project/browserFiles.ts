/**
 * Files in web mode, where there are no native dialogs: a download (a Blob behind a link with the
 * download attribute) stands in for saving. Opening is the file input in the toolbar (a file
 * picker may only be opened from a user gesture, so a component owns it). An interface so store
 * tests run without a browser.
 */
import { downloadBlob } from '../downloadBlob';

export interface BrowserFiles {
  /** Offers `text` to the user as a file called `fileName`. */
  download(fileName: string, text: string): void;
}

/** Downloads the project text as a JSON file (see downloadBlob). */
export const domBrowserFiles: BrowserFiles = {
  download(fileName, text) {
    downloadBlob(fileName, new Blob([text], { type: 'application/json' }));
  },
};
