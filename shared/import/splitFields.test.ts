import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quoteOpenAfter, splitFields } from './splitFields';

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
    expect(quoteOpenAfter('1,"two', ',', false)).toBe(true);
    expect(quoteOpenAfter('1,"two ""quoted"" words"', ',', false)).toBe(false);
    expect(quoteOpenAfter('plain', ',', false)).toBe(false);
    // A quote inside an unquoted field is a character, as splitFields reads it.
    expect(quoteOpenAfter('12" pizza,5', ',', false)).toBe(false);
    expect(quoteOpenAfter('a;"b,c', ',', false)).toBe(false);
    expect(quoteOpenAfter('a;"b,c', ';', false)).toBe(true);
    // A line that continues an open field: "" stays inside, a lone quote closes it.
    expect(quoteOpenAfter('more ""text""', ',', true)).toBe(true);
    expect(quoteOpenAfter('end",5', ',', true)).toBe(false);
    expect(quoteOpenAfter('end"', ',', true)).toBe(false);
    expect(quoteOpenAfter('end",5,"again', ',', true)).toBe(true);
  });

  it('reads line by line what splitFields reads of the whole record', () => {
    // Whether a field is open after each line, read line by line, must be where splitFields,
    // reading the record's lines joined, is inside a quoted field (the state of its own
    // character loop). A line after which no field is open ends the record.
    const insideAfter = (record: string) => {
      let quoted = false;
      let atStart = true;
      for (let i = 0; i < record.length; i++) {
        const ch = record[i];
        if (quoted) {
          if (ch === '"') {
            if (record[i + 1] === '"') i++;
            else quoted = false;
          }
        } else if (ch === '"' && atStart) {
          quoted = true;
          atStart = false;
        } else {
          atStart = ch === ',';
        }
      }
      return quoted;
    };
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('"', ',', 'a', ' ', '""'), { maxLength: 8 }).map((a) => a.join('')), { minLength: 1, maxLength: 6 }), (lines) => {
        let open = false;
        let record: string[] = [];
        for (const line of lines) {
          open = quoteOpenAfter(line, ',', open);
          record.push(line);
          expect(open).toBe(insideAfter(record.join('\n')));
          if (!open) record = [];
        }
      }),
      { numRuns: 5000 },
    );
  });
});
