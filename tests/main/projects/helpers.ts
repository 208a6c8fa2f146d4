/** Test helpers: a temporary data folder, a fixed clock, a logger that records warnings. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newProject } from '@shared/project/defaults';
import type { Project } from '@shared/project/schema';
import { expect } from 'vitest';
import type { Logger } from '../../../src-main/runtime/logger';
import type { FileSystem } from '../../../src-main/files/fileSystem';
import { SessionRegistry } from '../../../src-main/runtime/sessions';
import { envelopeCodeOf } from '../../../src-main/api/errorCodes';
import { ProjectFiles } from '../../../src-main/projects/projectFiles';

export function tempFolder(prefix = 'infercalc-projects-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const fixedNow = () => new Date('2026-11-27T10:00:00.000Z');

export function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
}

export function sampleProject(name = 'Fraud scoring'): Project {
  const project = newProject(name);
  project.designs.push({
    name: 'Real-time, 2 x ml.c5.xlarge',
    hosting: { type: 'sagemaker-realtime', instanceType: 'ml.c5.xlarge', instanceCount: 2 },
    purchase: { type: 'on-demand' },
  });
  return project;
}

export function writeJson(path: string, value: unknown): string {
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

/** Names of the files in a folder (to check no temporary file is left behind). */
export function filesIn(folder: string): string[] {
  return readdirSync(folder).sort();
}

/** A project file service over a data folder, as the desktop app builds it (paths from the page allowed). */
export function projectFiles(
  dataFolder: string,
  options: { fs?: FileSystem; logger?: Logger; pathsFromPage?: boolean; sessions?: SessionRegistry } = {},
): ProjectFiles {
  return new ProjectFiles({
    dataFolder,
    now: fixedNow,
    logger: options.logger ?? recordingLogger(),
    sessions: options.sessions ?? new SessionRegistry(() => fixedNow().getTime()),
    pathsFromPage: options.pathsFromPage ?? true,
    ...(options.fs ? { fs: options.fs } : {}),
  });
}

/** The rejection of a promise that must fail, with the envelope code the API would answer. */
export async function refusal(
  promise: Promise<unknown>,
): Promise<{ error: Error; code: string | null; message: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return { error: error as Error, code: envelopeCodeOf(error), message: (error as Error).message };
}
