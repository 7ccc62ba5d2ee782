/**
 * SQL for reading day-number columns (days since 1970-01-01, how the workspace stores calendar
 * days) as the calendar text users see. Column names only, never values: values are bound.
 */

/** The 'YYYY-MM-DD' date of a day-number column. */
export const isoDateSql = (column: string): string => `date(${column} * 86400, 'unixepoch')`;

/** The 'YYYY-MM' month of a day-number column. */
export const isoMonthSql = (column: string): string => `strftime('%Y-%m', ${column} * 86400, 'unixepoch')`;
