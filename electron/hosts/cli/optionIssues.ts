import type { z } from 'zod';
import { UsageError } from './cliErrors';

/**
 * The contract's schemas judge a request by its field names (calibrationEnd, unit) in zod's
 * words ("expected string, received undefined"). On the command line the same mistake must name
 * the option the person typed and what to type instead, so each command says which option feeds
 * which field and what its value looks like.
 */
export interface OptionOfField {
  /** The option as typed: "--calibration-end". */
  flag: string;
  /** What its value looks like, to show in "needs --calibration-end YYYY-MM-DD". */
  form: string;
  /** What the person gave (undefined when the option was left out). */
  given: string | undefined;
}

type Issue = z.core.$ZodIssue;

function sentence(command: string, issue: Issue, option: OptionOfField | undefined): string {
  const field = issue.path.map(String).join('.');
  if (!option) return `${field || 'arguments'}: ${issue.message}`;
  const { flag, form, given } = option;
  if (given === undefined) return `${command} needs ${flag} ${form}.`;
  const got = ` (got "${given}")`;
  if (issue.code === 'invalid_value' && issue.values.length > 0) return `${flag} must be one of ${issue.values.map(String).join(', ')}${got}.`;
  if (issue.code === 'invalid_type') return `${flag} takes ${form}${got}.`;
  // The schema's own message already says what is wanted ("Write the date as YYYY-MM-DD.").
  return `${flag}: ${issue.message.replace(/\.$/, '')}${got}.`;
}

/**
 * One UsageError for every issue of a failed parse, a line each, naming the option and the fix.
 * `options` maps a field's path ("calibrationEnd", "value.margin") to its option; an issue on a
 * field with no option (a rule across fields) keeps the schema's words.
 */
export function optionIssues(command: string, issues: readonly Issue[], options: Readonly<Record<string, OptionOfField>>): UsageError {
  const lines = issues.map((issue) => {
    const path = issue.path.map(String);
    // The nearest option up the path: an issue inside value.margin belongs to --margin.
    for (let n = path.length; n > 0; n--) {
      const option = options[path.slice(0, n).join('.')];
      if (option) return sentence(command, issue, option);
    }
    return sentence(command, issue, undefined);
  });
  return new UsageError([...new Set(lines)].join('\nlw: '));
}

/** A parse that succeeded gives its data; one that failed throws the options' UsageError. */
export function parseOptions<S extends z.ZodType>(command: string, schema: S, input: unknown, options: Readonly<Record<string, OptionOfField>>): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw optionIssues(command, parsed.error.issues, options);
  return parsed.data;
}
