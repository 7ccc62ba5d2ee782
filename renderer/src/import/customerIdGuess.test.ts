import { describe, expect, it } from 'vitest';
import { customerIdGuess } from './customerIdGuess';
import { previewFixture } from './testPreview';

describe('customerIdGuess', () => {
  const guessed = previewFixture({ suggestion: { customerId: 0, date: 1, amount: 2 }, customerIdAlternatives: [3] });

  it('names the columns the customer id was guessed among, the suggested one first', () => {
    expect(customerIdGuess(guessed, { customerId: 0 })).toEqual(['Cliente', 'Tienda']);
  });

  it('is quiet once the user has chosen another column, and when the suggestion stands out', () => {
    expect(customerIdGuess(guessed, { customerId: 3 })).toBeNull();
    expect(customerIdGuess(previewFixture(), { customerId: 0 })).toBeNull();
    expect(customerIdGuess(previewFixture({ customerIdAlternatives: [] }), { customerId: 0 })).toBeNull();
  });
});
