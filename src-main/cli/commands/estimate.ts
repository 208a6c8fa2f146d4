/**
 * `infercalc estimate <project.json> [--json]`: every design's monthly total and line items.
 * Exit 0 when every design is priced, 1 for a bad project, 2 when prices are unavailable (the output
 * still shows every design, with the unavailable lines saying what is missing).
 */
import { estimateProject } from '@shared/domain';
import { EXIT_OK, EXIT_UNAVAILABLE, type CliCommand } from '../command';
import { estimateJson, estimateText } from '../estimateOutput';
import { backendCatalog, pricedProjectCommand, printJson, type CatalogLoader } from '../projectInput';
import { escapeControls } from '../safeText';

/** At most this many names in a one-line summary; the rest are counted. */
const NAMES_IN_SUMMARY = 5;

/** `"a", "b" and 3 more designs`: a summary line stays short however many designs a project has. */
export function namedList(names: ReadonlyArray<string>): string {
  const shown = names
    .slice(0, NAMES_IN_SUMMARY)
    .map((n) => `"${escapeControls(n.length > 60 ? `${n.slice(0, 59)}…` : n)}"`);
  const more = names.length - shown.length;
  const count = `${names.length} design${names.length === 1 ? '' : 's'}`;
  return more > 0 ? `${count}: ${shown.join(', ')} and ${more} more` : `${count}: ${shown.join(', ')}`;
}

const usage = 'infercalc estimate <project.json> [--json]';

/** The estimate command, pricing with `loadCatalog` (the price service by default). */
export function createEstimateCommand(loadCatalog: CatalogLoader = backendCatalog): CliCommand {
  const about = { name: 'estimate', summary: 'Price every design of a project: monthly total and line items.', usage };
  return pricedProjectCommand(about, loadCatalog, ({ json, project, catalog }, ctx) => {
    const estimates = estimateProject(project, catalog);
    if (json) {
      printJson(ctx, { project: project.name, region: project.region, designs: estimates.map(estimateJson) });
    } else
      ctx.stdout(
        `${escapeControls(project.name)} (${project.region})\n\n${estimates.map(estimateText).join('\n\n')}\n`,
      );
    // Exit 2 for a missing price; a design ruled out for a missing input is reported as infeasible.
    const unpriced = estimates.filter((e) => e.lineItems.some((l) => l.monthlyUsd === null));
    if (unpriced.length > 0) {
      ctx.stderr(
        `infercalc estimate: prices unavailable for ${namedList(unpriced.map((e) => e.name))}; see the lines marked unavailable\n`,
      );
      return EXIT_UNAVAILABLE;
    }
    return EXIT_OK;
  });
}

export const estimateCommand = createEstimateCommand();
