/** The default file name of a project's workbook: its name made safe for every file system. */

/** "Fraud scoring" → "Fraud scoring.xlsx"; characters that Windows, macOS or Linux refuse become "-". */
export function workbookFileName(projectName: string): string {
  const base = projectName
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
    .slice(0, 120);
  return `${base || 'InferCalc comparison'}.xlsx`;
}
