/** `infercalc export <project.json> --out <file.xlsx> [--json]`: the comparison workbook, written atomically. */
import { resolve } from 'node:path';
import { ApiError } from '@shared/api/envelope';
import { createExportService } from '../../export/createExportService';
import { FileWriteError } from '../../export/writeExportFile';
import { readProjectFile } from '../../projects/readProjectFile';
import { parseCommandArgs, requirePositionals } from '../args';
import { CliFailure, EXIT_BAD_INPUT, EXIT_OK, type CliCommand } from '../command';

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

    let project;
    try {
      project = await readProjectFile(projectPath);
    } catch (error) {
      if (error instanceof ApiError) throw new CliFailure(EXIT_BAD_INPUT, error.message);
      throw error;
    }
    const exporter = createExportService(ctx.backend().services);
    let bytes: number;
    try {
      bytes = (await exporter.saveTo(project, out)).bytes.length;
    } catch (error) {
      if (error instanceof FileWriteError) throw new CliFailure(EXIT_BAD_INPUT, error.message);
      throw error;
    }
    if (values.json) ctx.stdout(`${JSON.stringify({ path: out, bytes, designs: project.designs.length })}\n`);
    else ctx.stdout(`wrote ${out} (${project.designs.length} design(s), ${bytes} bytes)\n`);
    return EXIT_OK;
  },
};
