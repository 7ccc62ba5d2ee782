import type { TimeUnit } from '../../../shared/domain/timeUnits';

/** How a summary's unit reads in a sentence or a header: "in weeks", "Recency (weeks)". */
export const TIME_UNIT_PLURALS: Readonly<Record<TimeUnit, string>> = { day: 'days', week: 'weeks', month: 'months' };
