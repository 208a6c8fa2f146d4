// One vitest project per layer, each in the environment its layer runs in.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const alias = { '@shared': fileURLToPath(new URL('../src-shared', import.meta.url)) };
const env = {
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  AWS_EC2_METADATA_DISABLED: 'true',
};

export default defineConfig({
  test: {
    root,
    projects: [
      {
        resolve: { alias },
        test: { name: 'shared', environment: 'node', include: ['tests/shared/**/*.test.ts'], env },
      },
      {
        resolve: { alias },
        test: { name: 'main', environment: 'node', include: ['tests/main/**/*.test.ts'], env, testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          // Whole-wizard renders take seconds on a loaded 2-core machine; 5 s is too close.
          testTimeout: 15_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          env,
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
