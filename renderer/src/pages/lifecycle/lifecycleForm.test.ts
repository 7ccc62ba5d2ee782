import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_RULES } from '../../../../shared/segments/lifecycle';
import { checkLifecycleForm, rulesToForm, sameRules } from './lifecycleForm';

describe('checkLifecycleForm', () => {
  it('passes the default rules through unchanged', () => {
    expect(checkLifecycleForm(rulesToForm(DEFAULT_LIFECYCLE_RULES))).toEqual({ ok: true, rules: DEFAULT_LIFECYCLE_RULES });
  });

  it('asks for a number in an empty field', () => {
    const checked = checkLifecycleForm({ ...rulesToForm(DEFAULT_LIFECYCLE_RULES), lapsedAfterDays: '' });
    expect(checked).toEqual({ ok: false, errors: { lapsedAfterDays: 'Give a number.' } });
  });

  it('puts the schema’s messages under the fields, including the cross-field rules', () => {
    const checked = checkLifecycleForm({ ...rulesToForm(DEFAULT_LIFECYCLE_RULES), newWithinDays: 400, atRiskBelowProbabilityAlive: 1.5, developmentMaxPurchases: 1.5 });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.atRiskBelowProbabilityAlive).toBe('The probability-alive threshold must be below 1.');
    expect(checked.errors.developmentMaxPurchases).toBe('The purchase count for development must be a whole number.');
  });

  it('says when new is not shorter than lapsed', () => {
    const checked = checkLifecycleForm({ ...rulesToForm(DEFAULT_LIFECYCLE_RULES), newWithinDays: 400 });
    expect(checked).toEqual({ ok: false, errors: { newWithinDays: 'The window for new customers must be shorter than the days after which a customer is lapsed.' } });
  });

  it('knows when the form matches the rules in force', () => {
    expect(sameRules(rulesToForm(DEFAULT_LIFECYCLE_RULES), DEFAULT_LIFECYCLE_RULES)).toBe(true);
    expect(sameRules({ ...rulesToForm(DEFAULT_LIFECYCLE_RULES), lapsedAfterDays: 300 }, DEFAULT_LIFECYCLE_RULES)).toBe(false);
  });
});
