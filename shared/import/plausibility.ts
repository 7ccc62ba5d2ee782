import { dayNumberToIso, isoToDayNumber } from '../calendar/isoDate';
import type { Plausibility } from '../contract/importSchemas';

/**
 * The limits of what an import believes (see plausibilitySchema), resolved for one import: day
 * numbers and an amount. Beyond them a row is a bad row; see transactionRowReader.
 */
export interface PlausibleBounds {
  earliestDay: number;
  latestDay: number;
  maxAmount: number;
  /** The bounds in words, for the reasons: "1950-01-01, the earliest date accepted". */
  words: { earliest: string; latest: string; maxAmount: string };
}

/** Before this, a purchase is a placeholder or a typo (1900-01-01 is a common "no date"). */
export const EARLIEST_DATE = '1950-01-01';
/** Days after the import's day a purchase may be dated: time zones and pre-dated orders, no more. */
export const FUTURE_DAYS = 7;
/**
 * The largest amount of one row: far beyond any purchase, and far enough below a double's range
 * that a billion rows of it still add up to a finite sum.
 */
export const MAX_AMOUNT = 1e9;

/** The bounds of an import on day `today` (days since 1970-01-01): the user's, or the defaults. */
export function plausibleBounds(p: Plausibility | undefined, today: number): PlausibleBounds {
  const earliestDay = isoToDayNumber(p?.earliestDate ?? EARLIEST_DATE);
  const latestDay = p?.latestDate !== undefined ? isoToDayNumber(p.latestDate) : today + FUTURE_DAYS;
  const maxAmount = p?.maxAmount ?? MAX_AMOUNT;
  return {
    earliestDay,
    latestDay,
    maxAmount,
    words: {
      earliest: `${dayNumberToIso(earliestDay)}, the earliest date accepted`,
      latest: `${dayNumberToIso(latestDay)}, the latest date accepted${p?.latestDate === undefined ? ` (${FUTURE_DAYS} days after the import)` : ''}`,
      maxAmount: `±${maxAmount.toLocaleString('en')}, the largest amount accepted`,
    },
  };
}

/** The day of a moment (milliseconds since 1970, as Date.now() gives), in UTC as the workspace counts days. */
export const dayOf = (ms: number): number => Math.floor(ms / 86_400_000);
