/** `infercalc recommend <project.json> [--json]`: ranked candidate designs for the project's workload, with reasons. */
import { recommendForProject } from '@shared/domain/recommend/recommend';
import { parseCommandArgs, requirePositionals } from '../args';
import { EXIT_OK, type CliCommand } from '../command';
import { recommendationJson, recommendationText } from '../estimateOutput';
import { backendCatalog, projectCatalog, readProject, type CatalogLoader } from '../projectInput';

const usage = 'infercalc recommend <project.json> [--json]';

/** The recommend command, pricing with `loadCatalog` (the price service by default). */
export function createRecommendCommand(loadCatalog: CatalogLoader = backendCatalog): CliCommand {
  return {
    name: 'recommend',
    summary: 'Rank candidate designs for the workload, with why and why not.',
    usage,
    async run(args, ctx) {
      const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage);
      const [path] = requirePositionals(positionals, ['<project.json>'], usage);
      const project = await readProject(ctx, path!);
      const catalog = await projectCatalog(ctx, project, loadCatalog);
      const recs = recommendForProject(project, catalog);
      if (values.json)
        ctx.stdout(
          `${JSON.stringify({ project: project.name, region: project.region, recommendations: recs.map(recommendationJson) }, null, 2)}\n`,
        );
      else
        ctx.stdout(
          `${project.name} (${project.region}): ${recs.length} candidate designs, best first\n\n${recs.map(recommendationText).join('\n\n')}\n`,
        );
      return EXIT_OK;
    },
  };
}

export const recommendCommand = createRecommendCommand();
