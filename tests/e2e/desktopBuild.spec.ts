import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, test } from '@playwright/test';
import { wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/umd/node-adapter';
import type { ModelApi } from '../../electron/backend/workers/modelApi';
import { DEFAULT_SAMPLE_SPEC } from '../../shared/sample/sampleSpec';

const OUT = resolve(__dirname, '..', '..', 'out');

/**
 * Electron's binary is not available here, so the desktop bundles are checked as far as Node
 * can: the built model worker runs, and only the shell's bundles load 'electron'.
 */
test.describe('the desktop build', () => {
  test('its model worker runs the modeling core under plain Node', async () => {
    const worker = new Worker(resolve(OUT, 'main', 'modelWorker.js'));
    try {
      const api = wrap<ModelApi>(nodeEndpoint(worker));
      const chunk = await api.generateSampleChunk(DEFAULT_SAMPLE_SPEC, 1, 0, 25);
      expect(chunk.customerCount).toBe(25);
      expect(chunk.tx.amountCents.length).toBeGreaterThan(25);
    } finally {
      await worker.terminate();
    }
  });

  test('only the shell and the preload load electron; the backend process does not', () => {
    const read = (p: string) => readFileSync(resolve(OUT, p), 'utf8');
    expect(read('main/index.js')).toMatch(/require\("electron"\)/);
    expect(read('preload/index.js')).toMatch(/require\("electron"\)/);
    expect(read('main/backendProcess.js')).not.toMatch(/require\("electron"\)/);
    expect(read('main/modelWorker.js')).not.toMatch(/require\("electron"\)/);
    const html = read('renderer/index.html');
    expect(html).toMatch(/Content-Security-Policy/);
  });
});
