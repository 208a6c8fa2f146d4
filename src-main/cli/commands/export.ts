/** `infercalc export <project.json> --out <file.xlsx> [--json]`: the comparison workbook, written atomically. */
import { resolve } from 'node:path';
import { createExportService } from '../../export/createExportService';
import { parseCommandArgs, requirePositionals } from '../args';
import { CliFailure, EXIT_BAD_INPUT, EXIT_OK, type CliCommand } from '../command';
import { readProject } from '../projectInput';

const usage = 'infercalc export <project.json> --out <file.xlsx> [--json]';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write the comparison workbook (.xlsx with live formulas) of a project.',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      { out: { type: 'string' }, json: { type: 'boolean' } },
      usage,
    );
    const [projectArg] = requirePositionals(positionals, ['<project.json>'], usage);
    if (!values.out) throw new CliFailure(EXIT_BAD_INPUT, `missing --out <file.xlsx>\nusage: ${usage}`);
    const projectPath = resolve(ctx.cwd, projectArg!);
    const out = resolve(ctx.cwd, values.out);

    const project = await readProject(ctx, projectPath);
    const services = ctx.backend().services;
    await services.prices.load(); // price with the refreshed cache, as estimate does
    const exporter = createExportService(services);
    // The workbook must never replace the project it comes from (--out equal to the input, or a link to it).
    const bytes = (await exporter.saveTo(project, out, { protect: [projectPath] })).bytes.length;
    if (values.json) ctx.stdout(`${JSON.stringify({ path: out, bytes, designs: project.designs.length })}\n`);
    else ctx.stdout(`wrote ${out} (${project.designs.length} design(s), ${bytes} bytes)\n`);
    return EXIT_OK;
  },
};
