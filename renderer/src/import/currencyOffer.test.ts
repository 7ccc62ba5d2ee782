import { describe, expect, it } from 'vitest';
import { detectCurrency } from '../../../shared/import/detectCurrency';
import { currencyOffer, detectionFor } from './currencyOffer';
import { previewFixture } from './testPreview';

const withAmounts = (amounts: string[]) => {
  const base = previewFixture();
  const rows = base.rows.map((r, i) => r.map((v, c) => (c === 2 ? (amounts[i] ?? v) : v)));
  const currency = detectCurrency(base.columns, rows, 2);
  return previewFixture({ rows, ...(currency ? { currency } : {}) });
};
const euros = withAmounts(['1.234,56 €', '12,00 €', '7,50 €', '3,10 €']);
const dollars = withAmounts(['$ 1.234,56', '$ 12,00', '$ 7,50', '$ 3,10']);

describe('the wizard and the currency of the amounts', () => {
  it('offers to set an empty workspace to the currency of the file', () => {
    expect(currencyOffer(detectionFor(euros, 2), { currencyCode: 'USD', locale: 'en-US', transactions: 0 })).toMatchObject({ kind: 'offer', proposed: 'EUR', byRegion: false });
  });

  it('says nothing when they agree, a $ included in a dollar or peso workspace', () => {
    expect(currencyOffer(detectionFor(euros, 2), { currencyCode: 'EUR', locale: null, transactions: 0 })).toEqual({ kind: 'none' });
    expect(currencyOffer(detectionFor(dollars, 2), { currencyCode: 'COP', locale: 'es-CO', transactions: 0 })).toEqual({ kind: 'none' });
    expect(currencyOffer(null, { currencyCode: 'EUR', locale: null, transactions: 0 })).toEqual({ kind: 'none' });
  });

  it("proposes the $ of the workspace's region, or the likeliest one when the region has none", () => {
    expect(currencyOffer(detectionFor(dollars, 2), { currencyCode: 'EUR', locale: 'es-ES', transactions: 0 })).toMatchObject({ kind: 'offer', proposed: 'USD', byRegion: false });
    // A workspace made in EUR by default, its format set to es-MX: the region decides.
    expect(currencyOffer(detectionFor(dollars, 2), { currencyCode: 'EUR', locale: 'es-MX', transactions: 0 })).toMatchObject({ kind: 'offer', proposed: 'MXN', byRegion: true });
  });

  it('only warns once the workspace holds transactions', () => {
    expect(currencyOffer(detectionFor(euros, 2), { currencyCode: 'USD', locale: 'en-US', transactions: 10 })).toMatchObject({ kind: 'differs' });
  });

  it('reads the mapped amount column again when the user picks another', () => {
    expect(detectionFor(euros, 4)).toBeNull();
    expect(detectionFor(euros, 2)?.code).toBe('EUR');
  });
});
