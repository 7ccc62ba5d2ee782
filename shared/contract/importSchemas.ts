import { z } from 'zod';
import { dayNumberOf } from '../calendar/isoDate';
import { ATTRIBUTE_KINDS } from '../domain/attributes';
import { TIME_UNITS } from '../domain/timeUnits';
import { DATE_FORMATS } from '../import/parseDate';
import { DELIMITERS } from '../import/splitFields';

/**
 * The import settings, as the wizard's forms and the command line fill them and the backend
 * checks them. Column indexes are 0-based here; the command line's are 1-based, like a person
 * counts.
 */
export const IMPORT_FILE_EXTENSIONS = ['.csv', '.tsv', '.txt', '.dat', '.xlsx'] as const;

export const importFilePathSchema = z
  .string({ error: 'A file path is required.' })
  .trim()
  .min(1, 'A file path is required.')
  .max(4096, 'The path is longer than 4096 characters.')
  .refine((p) => !p.includes('\0'), 'The path contains a NUL character.')
  .refine(
    (p) => IMPORT_FILE_EXTENSIONS.some((e) => p.toLowerCase().endsWith(e)),
    `Import reads ${IMPORT_FILE_EXTENSIONS.join(', ')} files.`,
  );

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.');
const column = z.number().int().min(0, 'Column numbers start at 1.').max(9999);

export const ENCODINGS = ['utf-8', 'latin1'] as const;
export type Encoding = (typeof ENCODINGS)[number];

const readOptionsShape = z
  .object({
    encoding: z.enum(ENCODINGS),
    delimiter: z.enum(DELIMITERS),
    hasHeader: z.boolean(),
    decimalSeparator: z.enum(['.', ',']),
    thousandsSeparator: z.enum(['', ',', '.', ' ', "'"]),
    dateFormat: z.enum(DATE_FORMATS),
    /** XLSX only: the sheet to read; the first when absent. */
    sheet: z.string().max(200).optional(),
  })
  .strict();

export const readOptionsSchema = readOptionsShape.refine((o) => o.decimalSeparator !== o.thousandsSeparator, { message: 'The decimal mark and the thousands mark must differ.', path: ['thousandsSeparator'] });
export type ReadOptions = z.infer<typeof readOptionsSchema>;

export const transactionMappingSchema = z
  .object({
    customerId: column,
    date: column,
    amount: column,
    margin: column.optional(),
    quantity: column.optional(),
    channel: column.optional(),
    store: column.optional(),
    category: column.optional(),
  })
  .strict()
  .refine((m) => new Set(Object.values(m)).size === Object.values(m).length, { message: 'Each column can be mapped to one field only.' });
export type TransactionMapping = z.infer<typeof transactionMappingSchema>;

export const importRulesSchema = z
  .object({
    /** Several purchases of a customer on one day become one, their amounts added. */
    mergeSameDay: z.boolean().default(false),
    /** Negative amounts (returns): dropped (and counted) or kept. Zero-value purchases are kept. */
    negativeAmounts: z.enum(['drop', 'keep']).default('drop'),
    /** Only transactions within [from, to] are imported; the rest are counted. */
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
  })
  .strict()
  .refine((r) => !r.dateFrom || !r.dateTo || r.dateFrom <= r.dateTo, { message: 'The window starts after it ends.', path: ['dateTo'] });
export type ImportRules = z.infer<typeof importRulesSchema>;

export const BAD_ROW_POLICIES = ['stop', 'skip'] as const;

/** A date in the form YYYY-MM-DD that the calendar has (not 2024-02-30). */
const calendarDate = isoDate.refine((d) => dayNumberOf(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))) !== null, 'There is no such date.');

/**
 * What the importer believes of a row: a date or an amount beyond these is a bad row, named with
 * its line and value. A typo such as 2099 or 1e308 would otherwise pass and skew every figure
 * (one moved a summary's calibration end to 2099; another made its spend infinite). Each limit
 * has a default (shared/import/plausibility.ts); the user widens it when the file really holds
 * such values.
 */
export const plausibilitySchema = z
  .object({
    /** The earliest date accepted; 1950-01-01 when absent. */
    earliestDate: calendarDate.optional(),
    /** The latest date accepted; a week after the day of the import when absent. */
    latestDate: calendarDate.optional(),
    /** The largest amount a row may hold, either sign (its margin and quantity too); 1e9 when absent. */
    maxAmount: z.number().positive('The largest amount must be above 0.').max(1e15, 'Amounts up to 1e15 can be accepted, no larger.').optional(),
  })
  .strict()
  .refine((p) => !p.earliestDate || !p.latestDate || p.earliestDate <= p.latestDate, { message: 'The earliest date accepted is after the latest.', path: ['latestDate'] });
export type Plausibility = z.infer<typeof plausibilitySchema>;

export const transactionImportSchema = z
  .object({
    path: importFilePathSchema,
    read: readOptionsSchema,
    mapping: transactionMappingSchema,
    rules: importRulesSchema.default({ mergeSameDay: false, negativeAmounts: 'drop' }),
    onBadRows: z.enum(BAD_ROW_POLICIES).default('stop'),
    /** Absent: every limit at its default. */
    plausibility: plausibilitySchema.optional(),
  })
  .strict();
export type TransactionImport = z.infer<typeof transactionImportSchema>;

export const attributeColumnSchema = z
  .object({
    column,
    name: z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}_ .%-]+$/u, 'Use letters, digits, spaces, _ . % or - in attribute names.'),
    kind: z.enum(ATTRIBUTE_KINDS),
    valueType: z.enum(['number', 'text']),
  })
  .strict();

export const attributeImportSchema = z
  .object({
    path: importFilePathSchema,
    read: readOptionsSchema,
    customerId: column,
    attributes: z.array(attributeColumnSchema).min(1, 'Tag at least one column as an attribute.').max(500),
    onBadRows: z.enum(BAD_ROW_POLICIES).default('stop'),
  })
  .strict();
export type AttributeImport = z.infer<typeof attributeImportSchema>;

export const previewRequestSchema = z
  .object({
    path: importFilePathSchema,
    /** Settings the user already corrected; the rest is detected. */
    read: readOptionsShape.partial().optional(),
  })
  .strict();

/** How the stored customer summary is measured: calibration end (default: the last purchase) and unit. */
export const summarySettingsSchema = z
  .object({
    calibrationEnd: isoDate.optional(),
    unit: z.enum(TIME_UNITS),
  })
  .strict();

export const transactionImportRequestSchema = transactionImportSchema.extend({
  summary: summarySettingsSchema.default({ unit: 'week' }),
});
