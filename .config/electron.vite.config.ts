import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = resolve(__dirname, '..');

/**
 * Three bundles: the Electron main process (with the backend's utility-process entry and the
 * model and import workers beside it, so the worker pool finds out/main/modelWorker.js and the
 * importer out/main/importJobWorker.js and importWorker.js), the preload, and
 * the renderer. The browser mode serves the same out/renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          backendProcess: resolve(root, 'electron/main/backendProcess.ts'),
          modelWorker: resolve(root, 'electron/backend/workers/modelWorker.ts'),
          importWorker: resolve(root, 'electron/backend/import/importWorker.ts'),
          importJobWorker: resolve(root, 'electron/backend/import/importJobWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rollupOptions: { input: { index: resolve(root, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
      // electron-vite leaves the renderer unminified by default; the browser mode serves it too.
      minify: true,
      chunkSizeWarningLimit: 2500,
    },
  },
});
