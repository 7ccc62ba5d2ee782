import { describe, expect, it } from 'vitest';
import { changedLeaf } from './changedLeaf';
import { sameValue } from './sameValue';

const plan = { name: 'Basic', earning: { rate: 1, value: 0.01 }, promotions: [{ name: 'Spring', weeks: 2 }] };

describe('changedLeaf', () => {
  it('names the one value that changed, however deep', () => {
    expect(changedLeaf(plan, { ...plan, earning: { ...plan.earning, rate: 2 } })).toEqual({ path: 'earning.rate', after: 2 });
    const promotions = [{ ...plan.promotions[0]!, name: 'Summer' }];
    expect(changedLeaf(plan, { ...plan, promotions })).toEqual({ path: 'promotions.0.name', after: 'Summer' });
    expect(changedLeaf(plan, { ...plan, earning: { ...plan.earning, rate: '' } })).toEqual({ path: 'earning.rate', after: '' });
  });

  it('is null for two changes, a row added, or nothing changed', () => {
    expect(changedLeaf(plan, { ...plan, name: 'X', earning: { ...plan.earning, rate: 2 } })).toBeNull();
    expect(changedLeaf(plan, { ...plan, promotions: [...plan.promotions, { name: 'New', weeks: 1 }] })).toBeNull();
    expect(changedLeaf(plan, { ...plan })).toBeNull();
  });

  it('sees through a part rebuilt with the same values', () => {
    expect(changedLeaf(plan, { ...plan, name: 'Gold', earning: { ...plan.earning } })).toEqual({ path: 'name', after: 'Gold' });
  });
});

describe('sameValue', () => {
  it('compares plain data deeply, whatever the order of keys', () => {
    expect(sameValue({ a: 1, b: [1, { c: '' }] }, { b: [1, { c: '' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue({ a: 0 }, { a: '' })).toBe(false);
    expect(sameValue([1, 2], [1, 2, 3])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
