/** Shared steps of the commands that price a project: read and validate it, load the prices in use. */
import { resolve } from 'node:path';
import type { PriceCatalog, PriceCatalogData } from '@shared/prices/catalog';
import { projectCatalog } from '@shared/domain';
import type { Project } from '@shared/project/schema';
import { readProjectFile } from '../projects/readProjectFile';
import { parseCommandArgs, requirePositionals } from './args';
import type { CliCommand, CliContext } from './command';
import { InferCalcError, messageOf } from '@shared/errors';

/** Where the prices come from; injected so tests can price with a hand-made catalog. */
export type CatalogLoader = (ctx: CliContext) => Promise<PriceCatalogData>;

/** The prices in use: the price service's snapshot with the refreshed cache merged over it. */
export const backendCatalog: CatalogLoader = async (ctx) => {
  const prices = ctx.backend().services.prices;
  await prices.load();
  return prices.catalogData();
};

/** Reads and validates a project file; a bad file throws InvalidProjectError (exit 1) naming the field. */
export async function readProject(ctx: CliContext, path: string): Promise<Project> {
  return readProjectFile(resolve(ctx.cwd, path));
}

/** The project's catalog: prices in use plus its user-entered rates; unloadable prices are PricesUnavailableError (exit 2). */
export async function loadProjectCatalog(
  ctx: CliContext,
  project: Project,
  load: CatalogLoader,
): Promise<PriceCatalog> {
  let data: PriceCatalogData;
  try {
    data = await load(ctx);
  } catch (error) {
    throw new InferCalcError('prices-unavailable', `prices unavailable: ${messageOf(error)}`);
  }
  if (data.entries.length === 0)
    throw new InferCalcError('prices-unavailable', 'prices unavailable: the price data is empty');
  return projectCatalog(project, data, new Date().toISOString().slice(0, 10));
}

/** The common start of a pricing command: `<project.json> [--json]` parsed, the project read, its catalog loaded. */
export async function readPricedProject(
  args: string[],
  ctx: CliContext,
  usage: string,
  loadCatalog: CatalogLoader,
): Promise<PricedProject> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } }, usage);
  const [path] = requirePositionals(positionals, ['<project.json>'], usage);
  const project = await readProject(ctx, path!);
  return { json: values.json === true, project, catalog: await loadProjectCatalog(ctx, project, loadCatalog) };
}

/** What a pricing command works on: the project, its catalog, and whether `--json` was asked for. */
export interface PricedProject {
  json: boolean;
  project: Project;
  catalog: PriceCatalog;
}

/**
 * A command over one priced project, `<name> <project.json> [--json]`: the project is read and its
 * catalog loaded (with `loadCatalog`) before `price` runs and returns the exit code.
 */
export function pricedProjectCommand(
  about: Pick<CliCommand, 'name' | 'summary' | 'usage'>,
  loadCatalog: CatalogLoader,
  price: (input: PricedProject, ctx: CliContext) => number,
): CliCommand {
  return {
    ...about,
    run: async (args, ctx) => price(await readPricedProject(args, ctx, about.usage, loadCatalog), ctx),
  };
}

/** One JSON document on stdout (`--json`); progress and logs go to stderr. */
export function printJson(ctx: CliContext, value: unknown): void {
  ctx.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
