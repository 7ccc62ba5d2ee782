import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../format/formatters';
import { nextSort, pageCount, pageRangeLabel, summaryBasis, withUnit } from './customerTableState';

const format = createFormatters('en-US', 'EUR');

describe('nextSort', () => {
  it('flips the direction when the same header is clicked again', () => {
    expect(nextSort({ sortBy: 'totalSpend', sortDirection: 'desc' }, 'totalSpend')).toEqual({ sortBy: 'totalSpend', sortDirection: 'asc' });
    expect(nextSort({ sortBy: 'customerId', sortDirection: 'asc' }, 'customerId')).toEqual({ sortBy: 'customerId', sortDirection: 'desc' });
  });

  it('starts figures largest first and ids in order', () => {
    expect(nextSort({ sortBy: 'customerId', sortDirection: 'asc' }, 'totalSpend')).toEqual({ sortBy: 'totalSpend', sortDirection: 'desc' });
    expect(nextSort({ sortBy: 'totalSpend', sortDirection: 'desc' }, 'customerId')).toEqual({ sortBy: 'customerId', sortDirection: 'asc' });
  });
});

describe('pageRangeLabel', () => {
  it('says which rows are shown out of how many', () => {
    expect(pageRangeLabel(0, 50, 20000, format)).toBe('1–50 of 20,000');
    expect(pageRangeLabel(19950, 50, 20000, format)).toBe('19,951–20,000 of 20,000');
    expect(pageRangeLabel(0, 0, 0, format)).toBe('0 of 0');
  });

  it('counts pages, at least one', () => {
    expect(pageCount(20000)).toBe(400);
    expect(pageCount(20001)).toBe(401);
    expect(pageCount(0)).toBe(1);
  });
});

describe('unit wording', () => {
  it('puts the unit in headers and in the summary basis', () => {
    expect(withUnit('Recency', 'week')).toBe('Recency (weeks)');
    expect(summaryBasis('2024-12-31', 'week', format)).toBe('Summary up to Dec 31, 2024, in weeks');
    expect(summaryBasis(null, 'day', format)).toBe('No customer summary yet');
  });
});
