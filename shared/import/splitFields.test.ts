import { describe, expect, it } from 'vitest';
import { endsInsideQuotes, splitFields } from './splitFields';

describe('splitFields', () => {
  it('splits plain records on the delimiter, keeping empty fields', () => {
    expect(splitFields('a,b,,d', ',')).toEqual(['a', 'b', '', 'd']);
    expect(splitFields('a;1,5;x', ';')).toEqual(['a', '1,5', 'x']);
    expect(splitFields('a\tb', '\t')).toEqual(['a', 'b']);
  });
  it('splits whitespace-separated records however many spaces there are', () => {
    expect(splitFields(' 00004 0001 19970101  2   29.33', 'whitespace')).toEqual(['00004', '0001', '19970101', '2', '29.33']);
    expect(splitFields('   ', 'whitespace')).toEqual([]);
  });
  it('honours quotes, doubled quotes and delimiters inside quotes', () => {
    expect(splitFields('"Smith, Ann","say ""hi""",3', ',')).toEqual(['Smith, Ann', 'say "hi"', '3']);
    expect(splitFields('"a\nb",c', ',')).toEqual(['a\nb', 'c']);
    expect(splitFields('x"y,z', ',')).toEqual(['x"y', 'z']);
  });
  it('knows when a record continues on the next line', () => {
    expect(endsInsideQuotes('1,"two')).toBe(true);
    expect(endsInsideQuotes('1,"two ""quoted"" words"')).toBe(false);
    expect(endsInsideQuotes('plain')).toBe(false);
  });
});
