import { dayNumberOf } from '../calendar/isoDate';

/** The date layouts the importer reads; separators in the d/m/y forms may be '/', '-' or '.'. */
export const DATE_FORMATS = ['iso', 'dd/mm/yyyy', 'mm/dd/yyyy', 'yyyymmdd'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** How each format is written out for a person. */
export const DATE_FORMAT_LABELS: Readonly<Record<DateFormat, string>> = {
  iso: 'YYYY-MM-DD',
  'dd/mm/yyyy': 'DD/MM/YYYY',
  'mm/dd/yyyy': 'MM/DD/YYYY',
  yyyymmdd: 'YYYYMMDD',
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ].*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const dayNumber = dayNumberOf;

/** The calendar day (days since 1970-01-01) a text names in a format; null when it does not. */
export function parseDate(text: string, format: DateFormat): number | null {
  const s = text.trim();
  let m: RegExpExecArray | null;
  switch (format) {
    case 'iso':
      m = ISO.exec(s);
      return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    case 'dd/mm/yyyy':
      m = DMY.exec(s);
      return m ? dayNumber(Number(m[3]), Number(m[2]), Number(m[1])) : null;
    case 'mm/dd/yyyy':
      m = DMY.exec(s);
      return m ? dayNumber(Number(m[3]), Number(m[1]), Number(m[2])) : null;
    case 'yyyymmdd':
      m = COMPACT.exec(s);
      return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  }
}

/**
 * Share of a column's sample values that must read in a format for the format to count: one
 * impossible date among the first rows ("31/02/2024") is a bad row, not a text column.
 */
export const FORMAT_MAJORITY = 0.9;

/** Whether at least FORMAT_MAJORITY of the values satisfy the test. */
export function mostly(values: readonly string[], test: (v: string) => boolean): boolean {
  if (values.length === 0) return false;
  let ok = 0;
  for (const v of values) if (test(v)) ok++;
  return ok >= Math.ceil(FORMAT_MAJORITY * values.length);
}

/**
 * The formats a set of sample values fits (nearly all of them, see FORMAT_MAJORITY), best first.
 * Day-first and month-first cannot be told apart when no day is above 12; then both are
 * returned, day-first first, and `ambiguous` is set so the wizard asks.
 */
export function detectDateFormat(values: readonly string[]): { formats: DateFormat[]; ambiguous: boolean } {
  const nonEmpty = values.map((v) => v.trim()).filter((v) => v !== '');
  if (nonEmpty.length === 0) return { formats: [], ambiguous: false };
  const fits = DATE_FORMATS.filter((f) => mostly(nonEmpty, (v) => parseDate(v, f) !== null));
  const ambiguous = fits.includes('dd/mm/yyyy') && fits.includes('mm/dd/yyyy');
  return { formats: fits, ambiguous };
}
