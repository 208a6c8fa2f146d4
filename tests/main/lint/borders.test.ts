// The layer borders are lint rules; these tests prove each rule fires on a crossing import and stays
// quiet on an allowed one, by linting source text as if it were a file in each layer.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../..', import.meta.url)) });

async function borderErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('layer borders', () => {
  const crossings: Array<[string, string]> = [
    ['src-shared/domain/x.ts', "import { app } from 'electron';"],
    ['src-shared/domain/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src-shared/domain/x.ts', "import { join } from 'path';"],
    ['src-shared/domain/x.ts', "import { makeAutoObservable } from 'mobx';"],
    ['src-shared/domain/x.ts', "import { useState } from 'react';"],
    ['src-shared/domain/x.ts', "import { dispatch } from '../../src-main/api/dispatch';"],
    ['src-shared/domain/x.ts', "import { App } from '../../src-renderer/components/App';"],
    ['src-shared/domain/x.ts', 'export const w = window.innerWidth;'],
    ['src-shared/domain/x.ts', "export const v = process.env['X'];"],
    ['src-renderer/components/x.tsx', "import { ipcRenderer } from 'electron';"],
    ['src-renderer/components/x.tsx', "import { dispatch } from '../../src-main/api/dispatch';"],
    ['src-renderer/components/x.tsx', "import { readFile } from 'node:fs/promises';"],
    ['src-main/api/x.ts', "import { App } from '../../src-renderer/components/App';"],
    ['tests/main/x.test.ts', "import { app } from 'electron';"],
    ['tests/main/x.test.ts', "import '../../src-main/electron/main';"],
    // The domain has one entry (its index) for everything outside it.
    ['src-main/cli/x.ts', "import { estimateDesign } from '@shared/domain/estimate';"],
    ['src-renderer/stores/x.ts', "import { ec2 } from '@shared/domain/hosting/ec2';"],
    ['src-shared/project/x.ts', "import { HostingSchema } from '../domain/hosting';"],
    ['tests/main/x.test.ts', "import { optimizeDesign } from '@shared/domain/recommend/optimizer';"],
    // Electron only in the shell.
    ['src-main/api/x.ts', "import { dialog } from 'electron';"],
    ['src-main/prices/x.ts', "import { app } from 'electron/main';"],
    // Components never call the API client.
    ['src-renderer/components/x.tsx', "import { createHttpApi } from '../api/httpApi';"],
    ['src-renderer/components/pay/x.tsx', "import { createPreloadApi } from '../../api/preloadApi';"],
    ['src-renderer/components/pay/x.tsx', "import type { InferCalcApi } from '@shared/api/client';"],
  ];
  it.each(crossings)('%s: refuses %s', async (file, code) => {
    expect(await borderErrors(file, code)).not.toEqual([]);
  });

  const allowed: Array<[string, string]> = [
    ['src-shared/domain/x.ts', "import { z } from 'zod';"],
    ['src-shared/domain/x.ts', "import { priceKeys } from '../prices/keys';"],
    ['src-renderer/components/x.tsx', "import { observer } from 'mobx-react-lite';"],
    ['src-renderer/components/x.tsx', "import { apiContract } from '@shared/api/contract';"],
    ['src-main/api/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['src-main/api/x.ts', "import { apiContract } from '@shared/api/contract';"],
    ['src-main/cli/x.ts', "import { estimateDesign } from '@shared/domain';"],
    ['src-shared/project/x.ts', "import { HostingSchema } from '../domain';"],
    ['src-shared/domain/x.ts', "import { ec2 } from './hosting/ec2';"],
    ['tests/shared/domain/x.test.ts', "import { optimizeDesign } from '@shared/domain/recommend/optimizer';"],
    ['src-main/electron/x.ts', "import { app } from 'electron';"],
    ['src-renderer/stores/x.ts', "import type { InferCalcApi } from '@shared/api/client';"],
  ];
  it.each(allowed)('%s: allows %s', async (file, code) => {
    expect(await borderErrors(file, code)).toEqual([]);
  });
});
