import { describe, expect, it } from 'vitest';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { sameSummary } from './sameSummary';

const summary = (customers: number) => ({ path: '/a.lwb', name: 'a', counts: { customers } }) as WorkspaceSummary;

describe('sameSummary', () => {
  it('compares by content, so a repeated answer does not count as a change', () => {
    expect(sameSummary(summary(5), summary(5))).toBe(true);
    expect(sameSummary(summary(5), summary(6))).toBe(false);
    expect(sameSummary(null, null)).toBe(true);
    expect(sameSummary(null, summary(5))).toBe(false);
  });
});
