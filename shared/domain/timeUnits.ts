/**
 * The time units a customer summary can be expressed in. A month is the average Gregorian month
 * (365.25 / 12 days), so that 12 months make a year whatever the calendar.
 */
export const TIME_UNITS = ['day', 'week', 'month'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = {
  day: 1,
  week: 7,
  month: 365.25 / 12,
};
