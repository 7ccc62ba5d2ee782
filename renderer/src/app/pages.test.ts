import { describe, expect, it } from 'vitest';
import { PAGE_IDS, hashForPage, pageFromHash } from './pages';

describe('page routing by hash', () => {
  it('round-trips every page', () => {
    for (const id of PAGE_IDS) expect(pageFromHash(hashForPage(id))).toBe(id);
  });

  it('falls back to the Data page', () => {
    expect(pageFromHash('')).toBe('data');
    expect(pageFromHash('#/nowhere')).toBe('data');
    expect(pageFromHash('#segments')).toBe('segments');
  });
});
