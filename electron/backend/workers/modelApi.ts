import { transfer } from 'comlink';
import { chunkTransferables, generateSampleChunk, type SampleChunk } from '../../../shared/sample/generateCustomers';
import type { SampleSpec } from '../../../shared/sample/sampleSpec';

/**
 * The modeling core's entry points as the worker threads expose them. Each is a thin adapter
 * from a pure function in shared/ to a message: results hand their typed arrays over without a
 * copy.
 */
export const modelApi = {
  generateSampleChunk(spec: SampleSpec, seed: number, first: number, count: number): SampleChunk {
    const chunk = generateSampleChunk(spec, seed, first, count);
    return transfer(chunk, chunkTransferables(chunk));
  },
};

export type ModelApi = typeof modelApi;
export type ModelMethod = keyof ModelApi;
