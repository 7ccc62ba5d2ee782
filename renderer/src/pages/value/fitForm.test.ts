import { describe, expect, it } from 'vitest';
import { checkFitForm, defaultFitForm, fitFormOf } from './fitForm';

describe('defaultFitForm', () => {
  it('ends calibration two thirds into the data and the holdout at the last purchase', () => {
    expect(defaultFitForm('2024-01-01', '2024-01-31')).toEqual({ calibrationEnd: '2024-01-21', holdoutEnd: '2024-01-31', unit: 'week' });
  });

  it('leaves the dates empty without transactions', () => {
    expect(defaultFitForm(null, null).calibrationEnd).toBe('');
  });
});

describe('checkFitForm', () => {
  it('accepts a holdout after the calibration end', () => {
    expect(checkFitForm({ calibrationEnd: '2024-01-21', holdoutEnd: '2024-01-31', unit: 'week' })).toEqual({
      ok: true,
      request: { calibrationEnd: '2024-01-21', holdoutEnd: '2024-01-31', unit: 'week' },
    });
  });

  it('says what is wrong under the field', () => {
    const bad = checkFitForm({ calibrationEnd: '2024-02-01', holdoutEnd: '2024-01-31', unit: 'week' });
    expect(bad).toEqual({ ok: false, errors: { holdoutEnd: 'The holdout must end after the calibration end.' } });
    const noDate = checkFitForm({ calibrationEnd: '', holdoutEnd: '', unit: 'week' });
    expect(noDate.ok ? null : noDate.errors.calibrationEnd).toBe('Write the date as YYYY-MM-DD.');
  });

  it('fits without a holdout when none is given', () => {
    const ok = checkFitForm({ calibrationEnd: '2024-01-21', holdoutEnd: '', unit: 'day' });
    expect(ok.ok && ok.request).toEqual({ calibrationEnd: '2024-01-21', unit: 'day' });
  });
});

describe('fitFormOf', () => {
  it('gives back the form a request was checked from', () => {
    for (const form of [
      { calibrationEnd: '2024-01-21', holdoutEnd: '2024-01-31', unit: 'week' as const },
      { calibrationEnd: '2024-01-21', holdoutEnd: '', unit: 'month' as const },
    ]) {
      const checked = checkFitForm(form);
      expect(checked.ok && fitFormOf(checked.request)).toEqual(form);
    }
  });
});
