/**
 * Files in web mode, where there are no native dialogs: a download (a Blob behind a link with the
 * download attribute) stands in for saving. Opening is the file input in the toolbar (a file
 * picker may only be opened from a user gesture, so a component owns it). An interface so store
 * tests run without a browser.
 */

export interface BrowserFiles {
  /** Offers `text` to the user as a file called `fileName`. */
  download(fileName: string, text: string): void;
}

/** Downloads through a temporary object URL; revoked after the click has started the download. */
export const domBrowserFiles: BrowserFiles = {
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};
