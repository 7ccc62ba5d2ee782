import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENT_FORM, checkSegmentForm, segmentFormOf } from './segmentForm';

describe('checkSegmentForm', () => {
  it('turns percentages into shares and leaves an empty margin to the workspace', () => {
    const checked = checkSegmentForm(DEFAULT_SEGMENT_FORM);
    expect(checked).toEqual({ ok: true, request: { method: 'tiers', seed: 1, unit: 'week', value: { horizonMonths: 36, discountRatePerYear: 0.1 } } });
  });

  it('sends k only for k-means, and none when empty (the backend suggests one)', () => {
    const kmeans = checkSegmentForm({ ...DEFAULT_SEGMENT_FORM, method: 'kmeans', k: 4, marginPercent: 35 });
    expect(kmeans.ok && kmeans.request).toMatchObject({ method: 'kmeans', k: 4, value: { margin: 0.35 } });
    const suggested = checkSegmentForm({ ...DEFAULT_SEGMENT_FORM, method: 'kmeans' });
    expect(suggested.ok && 'k' in suggested.request).toBe(false);
    const tiers = checkSegmentForm({ ...DEFAULT_SEGMENT_FORM, k: 4 });
    expect(tiers.ok && 'k' in tiers.request).toBe(false);
  });

  it('puts the schema’s messages under the fields', () => {
    const bad = checkSegmentForm({ method: 'kmeans', k: 1, horizonMonths: 200, discountRatePercent: -5, marginPercent: 0 });
    expect(bad).toEqual({
      ok: false,
      errors: {
        k: 'k-means needs at least 2 segments.',
        horizonMonths: 'The horizon is at most 120 months.',
        discountRatePercent: 'The discount rate cannot be negative.',
        marginPercent: 'The margin must be above 0.',
      },
    });
  });

  it('asks for empty required fields', () => {
    const empty = checkSegmentForm({ ...DEFAULT_SEGMENT_FORM, horizonMonths: '' });
    expect(empty.ok ? null : empty.errors.horizonMonths).toBe('Give the horizon in months.');
  });
});

describe('segmentFormOf', () => {
  it('gives back the form a request was checked from, percentages without float noise', () => {
    for (const form of [DEFAULT_SEGMENT_FORM, { ...DEFAULT_SEGMENT_FORM, method: 'kmeans' as const, k: 4 as const, discountRatePercent: 7, marginPercent: 35.5 }]) {
      const checked = checkSegmentForm(form);
      expect(checked.ok && segmentFormOf(checked.request)).toEqual(form);
    }
  });
});
