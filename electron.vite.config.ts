// One `electron-vite build` makes every entry: the Electron main process, the CLI and the web server
// (out/main), the sandboxed preload (out/preload, bundled CommonJS) and the renderer (out/renderer).
import { defineConfig, type Plugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const alias = { '@shared': fileURLToPath(new URL('./src-shared', import.meta.url)) };

// The dev server's React refresh needs an inline script and a websocket; the built app keeps the strict CSP.
const relaxCspForDevServer = (): Plugin => ({
  name: 'infercalc-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws:")
      .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
});

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // Bundled (devDependencies): the ESM-only streaming JSON packages, so main requires none at run time.
      externalizeDeps: { exclude: ['stream-json', 'stream-chain'] },
      rollupOptions: {
        input: {
          index: 'src-main/electron/main.ts',
          cli: 'src-main/cli/main.ts',
          web: 'src-main/web/main.ts',
          // The export's worker thread (src-main/work/backgroundWork.ts finds it next to the entries).
          jobWorker: 'src-main/work/jobWorker.ts',
          // The price cache's decoding thread (src-main/prices/cache/decodeInWorker.ts finds it likewise).
          priceCacheWorker: 'src-main/prices/cache/cacheWorker.ts',
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages at run time: bundle everything it imports.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: 'src-main/electron/preload.ts' },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    resolve: { alias },
    plugins: [react(), relaxCspForDevServer()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default; minified, the bundle is a third the size.
      minify: true,
      rollupOptions: { input: fileURLToPath(new URL('./src-renderer/index.html', import.meta.url)) },
    },
  },
});
