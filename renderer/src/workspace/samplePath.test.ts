import { describe, expect, it } from 'vitest';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { findSamplePath, rememberSamplePath } from './samplePath';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('the sample path', () => {
  it('is remembered from a summary of the sample, and only the sample', () => {
    const storage = memoryStorage();
    rememberSamplePath({ isSample: false, path: '/home/ana/client.lwb' } as WorkspaceSummary, storage);
    expect(findSamplePath([], storage)).toBeNull();
    rememberSamplePath({ isSample: true, path: '/home/ana/.lw/sample.lwb' } as WorkspaceSummary, storage);
    expect(findSamplePath([], storage)).toBe('/home/ana/.lw/sample.lwb');
    // A copy saved from the sample is marked as sample too, but is not the sample.
    rememberSamplePath({ isSample: true, path: '/home/ana/demo for board.lwb' } as WorkspaceSummary, storage);
    expect(findSamplePath([], storage)).toBe('/home/ana/.lw/sample.lwb');
  });

  it('falls back to a sample.lwb in the recent list that still exists', () => {
    const recent = [
      { path: '/gone/sample.lwb', name: 'sample', openedAtMs: 2, exists: false },
      { path: '/home/ana/client.lwb', name: 'client', openedAtMs: 1, exists: true },
      { path: 'C:\\Users\\ana\\sample.lwb', name: 'sample', openedAtMs: 0, exists: true },
    ];
    expect(findSamplePath(recent, memoryStorage())).toBe('C:\\Users\\ana\\sample.lwb');
  });
});
