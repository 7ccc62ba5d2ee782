import type { z } from 'zod';
import {
  attributeColumnSchema,
  attributeImportSchema,
  importFilePathSchema,
  importRulesSchema,
  plausibilitySchema,
  readOptionsSchema,
  summarySettingsSchema,
  transactionImportRequestSchema,
  transactionMappingSchema,
  type AttributeImport,
  type ImportRules,
  type Plausibility,
  type ReadOptions,
  type TransactionMapping,
} from '../../../shared/contract/importSchemas';
import type { AttributeKind } from '../../../shared/domain/attributes';
import { defaultAttributeName, guessAttributeKind } from '../../../shared/import/attributeColumns';

export { defaultAttributeName, guessAttributeKind };
import type { ImportPreview } from '../../../shared/domain/imports';
import type { TimeUnit } from '../../../shared/domain/timeUnits';

/**
 * The import wizard's form state and its checks, kept free of React so they can be tested.
 * Every check ends in the shared schemas the backend applies, so a form that passes here is
 * one the backend accepts.
 */
export type ImportKind = 'transactions' | 'attributes';

export const IMPORT_STEPS = ['file', 'read', 'columns', 'rules', 'run'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

function firstMessage(error: z.ZodError, fallback: string): string {
  return error.issues[0]?.message ?? fallback;
}

// ── Step 1: the file ────────────────────────────────────────────────────────────────────────

/** The shared schema's message for a typed path, or null when the backend would accept it. */
export function importPathError(path: string): string | null {
  const result = importFilePathSchema.safeParse(path);
  return result.success ? null : firstMessage(result.error, 'This is not a path the import can read.');
}

// ── Step 2: how to read it ──────────────────────────────────────────────────────────────────

/** The read settings the user set by hand; everything else the backend detects afresh. */
export type FixedRead = Partial<ReadOptions>;

/** The settings in force: what the preview detected, overridden by what the user fixed. */
export function effectiveRead(detected: ReadOptions, fixed: FixedRead): ReadOptions {
  return { ...detected, ...fixed };
}

export function fixRead<K extends keyof ReadOptions>(fixed: FixedRead, key: K, value: ReadOptions[K]): FixedRead {
  return { ...fixed, [key]: value };
}

/** Why these settings cannot be used (the field and the schema's message), or null. */
export function readSettingsError(read: ReadOptions): { field: keyof ReadOptions; message: string } | null {
  const result = readOptionsSchema.safeParse(read);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const field = (issue?.path[0] ?? 'delimiter') as keyof ReadOptions;
  return { field, message: issue?.message ?? 'These settings do not go together.' };
}

/**
 * The preview's warnings worth showing. Detection still finds the dates ambiguous after the user
 * chose a date format, but the preview then no longer calls them so, and neither should we.
 */
export function visibleWarnings(preview: ImportPreview): string[] {
  return preview.dateFormatAmbiguous ? preview.warnings : preview.warnings.filter((w) => !/day-first or month-first/i.test(w));
}

/**
 * Names and count of the columns, to tell whether a new preview changed the columns (another
 * delimiter, header row or sheet) so the column choices made for the old ones must start over.
 */
export function columnsSignature(preview: ImportPreview): string {
  return JSON.stringify(preview.columns.map((c) => c.name));
}

/** The first non-empty values of a column in the preview rows, to show what a choice holds. */
export function columnSamples(preview: ImportPreview, column: number, count = 3): string[] {
  const values: string[] = [];
  for (const row of preview.rows) {
    const value = row[column]?.trim();
    if (value) values.push(value);
    if (values.length >= count) break;
  }
  return values;
}

// ── Step 3a: transaction columns ────────────────────────────────────────────────────────────

export const TRANSACTION_FIELDS = ['customerId', 'date', 'amount', 'margin', 'quantity', 'channel', 'store', 'category'] as const;
export type TransactionField = (typeof TRANSACTION_FIELDS)[number];

export const TRANSACTION_FIELD_INFO: Readonly<Record<TransactionField, { label: string; hint: string; required: boolean }>> = {
  customerId: { label: 'Customer id', hint: 'Who bought: a loyalty card, account or customer number', required: true },
  date: { label: 'Date', hint: 'The day of the purchase', required: true },
  amount: { label: 'Amount', hint: 'What the customer paid, in the workspace currency', required: true },
  margin: { label: 'Margin', hint: 'Gross margin of the purchase, if the file has it', required: false },
  quantity: { label: 'Quantity', hint: 'Number of items bought', required: false },
  channel: { label: 'Channel', hint: 'Store, online, app…', required: false },
  store: { label: 'Store', hint: 'Where the purchase was made', required: false },
  category: { label: 'Category', hint: 'Product category or department', required: false },
};

export type MappingDraft = Record<TransactionField, number | null>;

/** The checks' own messages, in the interface language (the shared schemas' stay as they are). */
export interface ValidationWords {
  /** "Choose the column that holds the date." */
  chooseColumn(field: TransactionField): string;
  /** The same column chosen for two fields. */
  clash(otherField: TransactionField): string;
  chooseIdColumn: string;
  giveName: string;
  duplicateName: string;
}

export const ENGLISH_VALIDATION_WORDS: ValidationWords = {
  chooseColumn: (field) => `Choose the column that holds the ${TRANSACTION_FIELD_INFO[field].label.toLowerCase()}.`,
  clash: (other) => `This column is also chosen for ${TRANSACTION_FIELD_INFO[other].label.toLowerCase()}; each column can be mapped to one field only.`,
  chooseIdColumn: 'Choose the column that holds the customer id.',
  giveName: 'Give the attribute a name.',
  duplicateName: 'Another column already has this name.',
};

// Optional fields the backend does not suggest; common header words in English and Spanish.
const OPTIONAL_FIELD_NAMES: Readonly<Record<'margin' | 'quantity' | 'channel' | 'store' | 'category', RegExp>> = {
  margin: /^(gross[ _]?)?(margin|margen|beneficio)/i,
  quantity: /^(quantity|qty|units|items|cantidad|unidades|cds)$/i,
  channel: /^(channel|canal)/i,
  store: /^(store|shop|tienda|branch|sucursal|outlet)/i,
  category: /^(category|categoria|categoría|department|departamento|familia)/i,
};

/** Starts from the backend's suggestion; optional fields are matched on header words. */
export function initialMapping(preview: ImportPreview): MappingDraft {
  const draft: MappingDraft = {
    customerId: preview.suggestion.customerId,
    date: preview.suggestion.date,
    amount: preview.suggestion.amount,
    margin: null,
    quantity: null,
    channel: null,
    store: null,
    category: null,
  };
  if (!preview.read.hasHeader) return draft;
  const used = new Set<number>(Object.values(draft).filter((c): c is number => c !== null));
  for (const [field, pattern] of Object.entries(OPTIONAL_FIELD_NAMES) as [keyof typeof OPTIONAL_FIELD_NAMES, RegExp][]) {
    const column = preview.columns.find((c) => !used.has(c.index) && pattern.test(c.name.trim()));
    if (column) {
      draft[field] = column.index;
      used.add(column.index);
    }
  }
  return draft;
}

export interface MappingCheck {
  /** The mapping the backend will accept, or null while something is missing or clashes. */
  mapping: TransactionMapping | null;
  /** What is wrong with a field's choice, by field. */
  fieldErrors: Partial<Record<TransactionField, string>>;
  /** A column chosen twice: shown at once, unlike a missing field, which waits for Next. */
  hasClash: boolean;
}

export function checkMapping(draft: MappingDraft, words: ValidationWords = ENGLISH_VALIDATION_WORDS): MappingCheck {
  const fieldErrors: Partial<Record<TransactionField, string>> = {};
  for (const field of TRANSACTION_FIELDS) {
    const info = TRANSACTION_FIELD_INFO[field];
    if (info.required && draft[field] === null) fieldErrors[field] = words.chooseColumn(field);
  }
  let hasClash = false;
  for (const field of TRANSACTION_FIELDS) {
    const column = draft[field];
    if (column === null) continue;
    const other = TRANSACTION_FIELDS.find((f) => f !== field && draft[f] === column);
    if (other) {
      hasClash = true;
      fieldErrors[field] = words.clash(other);
    }
  }
  if (Object.keys(fieldErrors).length > 0) return { mapping: null, fieldErrors, hasClash };

  const chosen = Object.fromEntries(TRANSACTION_FIELDS.flatMap((f) => (draft[f] === null ? [] : [[f, draft[f]]])));
  const result = transactionMappingSchema.safeParse(chosen);
  if (!result.success) {
    return { mapping: null, fieldErrors: { customerId: firstMessage(result.error, 'These columns cannot be used together.') }, hasClash: false };
  }
  return { mapping: result.data, fieldErrors: {}, hasClash: false };
}

// ── Step 3b: attribute columns ──────────────────────────────────────────────────────────────

export interface AttributeColumnDraft {
  column: number;
  /** The column's name in the file, to show beside the attribute name the user may change. */
  header: string;
  include: boolean;
  name: string;
  kind: AttributeKind;
  valueType: 'number' | 'text';
}

export interface AttributeDraft {
  customerId: number | null;
  /** One line per column of the file; the customer id column is skipped when checking. */
  columns: AttributeColumnDraft[];
}

export function initialAttributes(preview: ImportPreview): AttributeDraft {
  const customerId = preview.suggestion.customerId ?? preview.columns[0]?.index ?? null;
  return {
    customerId,
    columns: preview.columns.map((c) => ({
      column: c.index,
      header: c.name,
      include: c.type !== 'empty',
      name: defaultAttributeName(c.name) || `Column ${c.index + 1}`,
      kind: guessAttributeKind(c.name),
      valueType: c.type === 'number' ? 'number' : 'text',
    })),
  };
}

export type AttributeColumn = AttributeImport['attributes'][number];

export interface AttributesCheck {
  attributes: AttributeColumn[] | null;
  /** By column index: what is wrong with that line. */
  lineErrors: Record<number, string>;
  /** About the whole choice (no id column, nothing tagged). */
  message: string | null;
}

export function checkAttributes(draft: AttributeDraft, words: ValidationWords = ENGLISH_VALIDATION_WORDS): AttributesCheck {
  if (draft.customerId === null) return { attributes: null, lineErrors: {}, message: words.chooseIdColumn };
  const included = draft.columns.filter((c) => c.include && c.column !== draft.customerId);
  const lineErrors: Record<number, string> = {};
  const attributes: AttributeColumn[] = [];
  const seen = new Set<string>();
  for (const line of included) {
    const result = attributeColumnSchema.safeParse({ column: line.column, name: line.name, kind: line.kind, valueType: line.valueType });
    if (!result.success) {
      lineErrors[line.column] = line.name.trim() === '' ? words.giveName : firstMessage(result.error, 'This name cannot be used.');
      continue;
    }
    const key = result.data.name.toLowerCase();
    if (seen.has(key)) {
      lineErrors[line.column] = words.duplicateName;
      continue;
    }
    seen.add(key);
    attributes.push(result.data);
  }
  if (Object.keys(lineErrors).length > 0) return { attributes: null, lineErrors, message: null };
  // The list as a whole (at least one, at most 500) is the schema's to judge, in its words.
  const listed = attributeImportSchema.shape.attributes.safeParse(attributes);
  if (!listed.success) return { attributes: null, lineErrors, message: firstMessage(listed.error, 'Tag at least one column as an attribute.') };
  return { attributes: listed.data, lineErrors, message: null };
}

// ── Step 4: rules ───────────────────────────────────────────────────────────────────────────

export interface RulesDraft {
  mergeSameDay: boolean;
  negativeAmounts: 'drop' | 'keep';
  /** ISO dates, or '' for no limit. */
  dateFrom: string;
  dateTo: string;
  onBadRows: 'stop' | 'skip';
  /** ISO date, or '' for the last purchase. */
  calibrationEnd: string;
  unit: TimeUnit;
  /**
   * The limits of belief, widened by the user when a file really holds such values: ISO dates
   * and an amount as typed, or '' for the import's default (1950-01-01, a week from today, 1e9).
   */
  earliestDate: string;
  latestDate: string;
  maxAmount: string;
}

export const DEFAULT_RULES: RulesDraft = {
  mergeSameDay: false,
  negativeAmounts: 'drop',
  dateFrom: '',
  dateTo: '',
  onBadRows: 'stop',
  calibrationEnd: '',
  unit: 'week',
  earliestDate: '',
  latestDate: '',
  maxAmount: '',
};

type RuleField = 'dateFrom' | 'dateTo' | 'calibrationEnd' | 'earliestDate' | 'latestDate' | 'maxAmount';

export interface RulesCheck {
  rules: ImportRules | null;
  summary: z.infer<typeof summarySettingsSchema> | null;
  /** Undefined: every limit at the import's default; null: a limit is not valid. */
  plausibility: Plausibility | undefined | null;
  fieldErrors: Partial<Record<RuleField, string>>;
}

const optionalDate = (value: string) => (value.trim() === '' ? undefined : value.trim());

export function checkRules(draft: RulesDraft): RulesCheck {
  const fieldErrors: Partial<Record<RuleField, string>> = {};
  const rules = importRulesSchema.safeParse({
    mergeSameDay: draft.mergeSameDay,
    negativeAmounts: draft.negativeAmounts,
    dateFrom: optionalDate(draft.dateFrom),
    dateTo: optionalDate(draft.dateTo),
  });
  if (!rules.success) {
    for (const issue of rules.error.issues) {
      const field = issue.path[0] === 'dateFrom' ? 'dateFrom' : 'dateTo';
      fieldErrors[field] ??= issue.message;
    }
  }
  const summary = summarySettingsSchema.safeParse({ calibrationEnd: optionalDate(draft.calibrationEnd), unit: draft.unit });
  if (!summary.success) fieldErrors.calibrationEnd = firstMessage(summary.error, 'Write the date as YYYY-MM-DD.');
  return {
    rules: rules.success ? rules.data : null,
    summary: summary.success ? summary.data : null,
    plausibility: checkPlausibility(draft, fieldErrors),
    fieldErrors,
  };
}

/** The user's limits, or undefined where every one is left at its default. */
function checkPlausibility(draft: RulesDraft, fieldErrors: Partial<Record<RuleField, string>>): Plausibility | undefined | null {
  const amount = draft.maxAmount.trim().replace(/[\s,_]/g, '');
  const given = {
    earliestDate: optionalDate(draft.earliestDate),
    latestDate: optionalDate(draft.latestDate),
    maxAmount: amount === '' ? undefined : Number(amount),
  };
  if (given.earliestDate === undefined && given.latestDate === undefined && given.maxAmount === undefined) return undefined;
  const limits = plausibilitySchema.safeParse(Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)));
  if (limits.success) return limits.data;
  for (const issue of limits.error.issues) {
    const field = issue.path[0];
    if (field === 'earliestDate' || field === 'latestDate' || field === 'maxAmount') fieldErrors[field] ??= issue.message;
  }
  return null;
}

// ── Step 5: the request ─────────────────────────────────────────────────────────────────────

export type TransactionImportRequest = z.input<typeof transactionImportRequestSchema>;
export type AttributeImportRequest = z.input<typeof attributeImportSchema>;

export type Built<T> = { ok: true; request: T } | { ok: false; message: string };

export function buildTransactionRequest(path: string, read: ReadOptions, mapping: MappingDraft, rules: RulesDraft): Built<TransactionImportRequest> {
  const checkedMapping = checkMapping(mapping);
  const checkedRules = checkRules(rules);
  if (!checkedMapping.mapping) return { ok: false, message: 'The column choices are not complete; go back to Columns.' };
  if (!checkedRules.rules || !checkedRules.summary || checkedRules.plausibility === null) return { ok: false, message: 'A rule is not valid; go back to Rules.' };
  const request: TransactionImportRequest = {
    path,
    read,
    mapping: checkedMapping.mapping,
    rules: checkedRules.rules,
    onBadRows: rules.onBadRows,
    summary: checkedRules.summary,
    ...(checkedRules.plausibility ? { plausibility: checkedRules.plausibility } : {}),
  };
  const result = transactionImportRequestSchema.safeParse(request);
  return result.success ? { ok: true, request } : { ok: false, message: firstMessage(result.error, 'These settings cannot be imported.') };
}

export function buildAttributeRequest(path: string, read: ReadOptions, draft: AttributeDraft, onBadRows: RulesDraft['onBadRows']): Built<AttributeImportRequest> {
  const checked = checkAttributes(draft);
  if (!checked.attributes || draft.customerId === null) return { ok: false, message: checked.message ?? 'The attribute choices are not complete; go back to Columns.' };
  const request: AttributeImportRequest = { path, read, customerId: draft.customerId, attributes: checked.attributes, onBadRows };
  const result = attributeImportSchema.safeParse(request);
  return result.success ? { ok: true, request } : { ok: false, message: firstMessage(result.error, 'These settings cannot be imported.') };
}
