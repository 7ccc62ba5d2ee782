import { normal } from '../random/distributions';
import { createRng } from '../random/rng';
import type { FeatureMatrix } from './features';

/**
 * Test data: seeded Gaussian blobs around the given centres (sd each), rows interleaved
 * (row i belongs to blob i mod centres.length, unless sizes are given). Returns the blob of
 * each row as the truth to recover.
 */
export function gaussianBlobs(centres: readonly (readonly number[])[], options: { rows: number; sd: number; seed: number; sizes?: readonly number[] }): { matrix: FeatureMatrix; truth: Int32Array } {
  const d = centres[0]!.length;
  const rng = createRng(options.seed, 0);
  const truth = new Int32Array(options.rows);
  if (options.sizes) {
    let i = 0;
    options.sizes.forEach((size, c) => {
      for (let t = 0; t < size && i < options.rows; t++) truth[i++] = c;
    });
  } else {
    for (let i = 0; i < options.rows; i++) truth[i] = i % centres.length;
  }
  const values = new Float64Array(options.rows * d);
  for (let i = 0; i < options.rows; i++) {
    const centre = centres[truth[i]!]!;
    for (let j = 0; j < d; j++) values[i * d + j] = normal(rng, centre[j]!, options.sd);
  }
  return { matrix: { rows: options.rows, columns: d, names: Array.from({ length: d }, (_, j) => `f${j + 1}`), values }, truth };
}
