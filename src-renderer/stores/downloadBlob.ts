/**
 * The one way the renderer offers data as a file in the browser: a Blob behind a hidden link with
 * the download attribute. Used where there is no native save dialog (web mode).
 */

/** Downloads `blob` as `fileName` through a temporary object URL, revoked after the click has started the download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
