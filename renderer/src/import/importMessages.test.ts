import { describe, expect, it } from 'vitest';
import { formatLineNumbers, splitBadLines } from './importMessages';

describe('splitBadLines', () => {
  it('lists the bad lines of a stopped import', () => {
    const split = splitBadLines(
      'ventas.csv has 14 bad rows; nothing was imported. line 4: amount "abc" is not a number; line 9: no date. …and 12 more.',
    );
    expect(split).toEqual({
      headline: 'ventas.csv has 14 bad rows; nothing was imported.',
      lines: ['Line 4: amount "abc" is not a number', 'Line 9: no date'],
      more: 'and 12 more.',
    });
  });

  it('handles a list without a tail', () => {
    expect(splitBadLines('a.csv has 1 bad row; nothing was imported. line 2: no customer id.').lines).toEqual(['Line 2: no customer id']);
  });

  it('leaves other messages whole', () => {
    expect(splitBadLines('The file is not there.')).toEqual({ headline: 'The file is not there.', lines: [], more: null });
  });
});

describe('formatLineNumbers', () => {
  it('lists the first lines, marking that there are more', () => {
    expect(formatLineNumbers({ reason: 'x', rows: 3, lines: [4, 17, 1230] }, 'en-US')).toBe('4, 17, 1230');
    expect(formatLineNumbers({ reason: 'x', rows: 40, lines: [4, 17] }, 'en-US')).toBe('4, 17 …');
    expect(formatLineNumbers({ reason: 'merged', rows: 40, lines: [] }, 'en-US')).toBe('—');
  });
});
