import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The reference data sets live in ../shared beside the project on developers' and CI machines,
 * never in the project. Tests that need them skip, saying why, where they are absent.
 */
export const LIFETIMES_DATA = resolve(__dirname, '..', '..', '..', 'shared', 'data', 'lifetimes');

export function referenceFile(name: string): { path: string; available: boolean; skipReason: string } {
  const path = join(LIFETIMES_DATA, name);
  const available = existsSync(path);
  const skipReason = `skipped: ${path} is absent (../shared is not part of a user's clone)`;
  if (!available) console.warn(`[reference data] ${skipReason}`);
  return { path, available, skipReason };
}
