import { describe, expect, it } from 'vitest';
import { DEFAULT_STRATEGIC_SCORE_SETTINGS } from '../../../../shared/value/strategicScore';
import { addAttributeRow, checkScoreForm, sameScoreForm, sameSettings, settingsToForm, weightShares } from './scoreForm';

const form = settingsToForm(DEFAULT_STRATEGIC_SCORE_SETTINGS);

describe('checkScoreForm', () => {
  it('gives back the settings it was made from', () => {
    expect(checkScoreForm(form)).toEqual({ ok: true, settings: DEFAULT_STRATEGIC_SCORE_SETTINGS });
    expect(sameSettings(form, DEFAULT_STRATEGIC_SCORE_SETTINGS)).toBe(true);
  });

  it('asks for empty weights and refuses negative ones or all zero', () => {
    const empty = checkScoreForm({ ...form, weights: { prospective: '', current: -1, qualitative: 0 } });
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(empty.errors.weights.prospective).toMatch(/Give a weight/);
    expect(empty.errors.weights.current).toBe('Weights cannot be negative.');
    const zero = checkScoreForm({ ...form, weights: { prospective: 0, current: 0, qualitative: 0 } });
    expect(zero.ok || zero.errors.total).toBe('At least one weight must be above 0.');
  });

  it('puts attribute problems on their row: unchosen, repeated, zero weight', () => {
    const rows = [
      { id: 1, attribute: null, direction: 'higher-is-better' as const, weight: 1 },
      { id: 2, attribute: 'satisfaction_score', direction: 'higher-is-better' as const, weight: 0 },
      { id: 3, attribute: 'satisfaction_score', direction: 'lower-is-better' as const, weight: 1 },
    ];
    const checked = checkScoreForm({ ...form, attributes: rows });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.attributes).toEqual({
      0: { attribute: 'Choose an attribute.' },
      1: { weight: 'Each attribute’s weight must be above 0.' },
      2: { attribute: 'This attribute is already in the list.' },
    });
  });

  it('adds the first unused attribute and shares the weights out', () => {
    const added = addAttributeRow(form, ['satisfaction_score', 'tenure_years']);
    expect(added.attributes.at(-1)).toEqual({ id: 5, attribute: 'tenure_years', direction: 'higher-is-better', weight: 1 });
    expect(weightShares({ prospective: 50, current: 30, qualitative: 20 })).toEqual({ prospective: 0.5, current: 0.3, qualitative: 0.2 });
    expect(weightShares({ prospective: '', current: 0, qualitative: 0 })).toEqual({ prospective: 0, current: 0, qualitative: 0 });
  });
});

describe('sameScoreForm', () => {
  it('compares what the forms say, not the ids their rows carry for React', () => {
    const form = settingsToForm({ ...DEFAULT_STRATEGIC_SCORE_SETTINGS, qualitative: [{ attribute: 'nps', direction: 'higher-is-better', weight: 2 }] });
    const renumbered = { ...form, attributes: form.attributes.map((row) => ({ ...row, id: row.id + 10 })) };
    expect(sameScoreForm(form, renumbered)).toBe(true);
    expect(sameScoreForm(form, { ...form, weights: { ...form.weights, current: '' } })).toBe(false);
  });
});
