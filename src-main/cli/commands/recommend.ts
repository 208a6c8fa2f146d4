/** `infercalc recommend <project.json> [--json]`: ranked candidate designs for the project's workload, with reasons. */
import { recommendForProject } from '@shared/domain';
import { EXIT_OK, type CliCommand } from '../command';
import { recommendationJson, recommendationText } from '../estimateOutput';
import { escapeControls } from '../safeText';
import { backendCatalog, pricedProjectCommand, printJson, type CatalogLoader } from '../projectInput';

const usage = 'infercalc recommend <project.json> [--json]';

/** The recommend command, pricing with `loadCatalog` (the price service by default). */
export function createRecommendCommand(loadCatalog: CatalogLoader = backendCatalog): CliCommand {
  const about = { name: 'recommend', summary: 'Rank candidate designs for the workload, with why and why not.', usage };
  return pricedProjectCommand(about, loadCatalog, ({ json, project, catalog }, ctx) => {
    const recs = recommendForProject(project, catalog);
    if (json)
      printJson(ctx, { project: project.name, region: project.region, recommendations: recs.map(recommendationJson) });
    else
      ctx.stdout(
        `${escapeControls(project.name)} (${project.region}): ${recs.length} candidate designs, best first\n\n${recs.map(recommendationText).join('\n\n')}\n`,
      );
    return EXIT_OK;
  });
}

export const recommendCommand = createRecommendCommand();
