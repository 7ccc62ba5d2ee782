import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UsageError } from './cliErrors';
import { parseOptions } from './optionIssues';

const schema = z.object({
  calibrationEnd: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.'),
  unit: z.enum(['day', 'week', 'month']),
  value: z.object({ margin: z.number().max(1, 'The margin is a share, at most 1 (100%).') }),
});

const options = (given: { end?: string; unit?: string; margin?: string }) => ({
  calibrationEnd: { flag: '--calibration-end', form: 'YYYY-MM-DD', given: given.end },
  unit: { flag: '--unit', form: 'day|week|month', given: given.unit },
  'value.margin': { flag: '--margin', form: 'a share such as 0.3', given: given.margin },
});

function messageOf(input: unknown, given: Parameters<typeof options>[0]): string {
  try {
    parseOptions('fit', schema, input, options(given));
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('the parse succeeded');
}

describe('option mistakes in the words of the command line', () => {
  it('names a missing option with the form of its value, never zod’s words', () => {
    const message = messageOf({ unit: 'week', value: { margin: 0.3 } }, { unit: 'week', margin: '0.3' });
    expect(message).toBe('fit needs --calibration-end YYYY-MM-DD.');
  });

  it('lists the choices of a bad choice, and gives the schema’s own advice with what was typed', () => {
    const message = messageOf({ calibrationEnd: '2024/01/01', unit: 'fortnight', value: { margin: 2 } }, { end: '2024/01/01', unit: 'fortnight', margin: '2' });
    expect(message.split('\nlw: ')).toEqual([
      '--calibration-end: Write the date as YYYY-MM-DD (got "2024/01/01").',
      '--unit must be one of day, week, month (got "fortnight").',
      '--margin: The margin is a share, at most 1 (100%) (got "2").',
    ]);
  });

  it('says what a number option takes when its text is no number', () => {
    expect(messageOf({ calibrationEnd: '2024-01-01', unit: 'week', value: { margin: Number('abc') } }, { end: '2024-01-01', unit: 'week', margin: 'abc' })).toBe('--margin takes a share such as 0.3 (got "abc").');
  });

  it('returns the parsed data when all is well', () => {
    expect(parseOptions('fit', schema, { calibrationEnd: '2024-01-01', unit: 'week', value: { margin: 0.3 } }, options({}))).toEqual({ calibrationEnd: '2024-01-01', unit: 'week', value: { margin: 0.3 } });
  });
});
