import { describe, expect, it } from 'vitest';
import { planNameProblem, uniquePlanName } from './planNames';

describe('new plan names', () => {
  it('proposes the template’s name while it is free, else the next number', () => {
    expect(uniquePlanName('Full plan', ['Basic 1% plan'])).toBe('Full plan');
    expect(uniquePlanName('Full plan', ['full plan ', 'Full plan 2'])).toBe('Full plan 3');
  });

  it('keeps a proposal within the length a name may have', () => {
    const long = 'x'.repeat(80);
    const name = uniquePlanName(long, [long]);
    expect(name).toHaveLength(80);
    expect(name.endsWith(' 2')).toBe(true);
  });

  it('refuses an empty, too long or taken name', () => {
    expect(planNameProblem('  ', [])).toBe('empty');
    expect(planNameProblem('y'.repeat(81), [])).toBe('tooLong');
    expect(planNameProblem('Basic 1% Plan', ['Basic 1% plan'])).toBe('taken');
    expect(planNameProblem('Summer points', ['Basic 1% plan'])).toBeNull();
  });
});
