import { parsePlan, planSchema, type Plan } from '../../../../shared/plan/planSchema';
import { plan as planTexts } from '../../i18n/locales/en/plan';
import { englishPlanT, type PlanT } from './planText';

/**
 * The designer edits a draft of the plan: the plan's own shape, except that a number may be ''
 * while its field is empty. The draft is checked by the same zod schema the backend uses, so a
 * plan the designer accepts is a plan the backend stores and the engine runs.
 */
export type Draft<T> = T extends number
  ? number | ''
  : T extends readonly (infer U)[]
    ? Draft<U>[]
    : T extends object
      ? { [K in keyof T]: Draft<T[K]> }
      : T;
export type PlanDraft = Draft<Plan>;

/** A stored plan is already a valid draft; the copy keeps the draft apart from what was loaded. */
export function planToDraft(plan: Plan): PlanDraft {
  return structuredClone(plan);
}

/** Messages by field path ("earning.pointValueCurrency", "promotions.0.name"). */
export type FieldErrors = Readonly<Record<string, string>>;

export interface Problem {
  path: string;
  section: SectionId;
  /** The field in words ("point value", "promotions row 2, uplift share"); '' for the section as a whole. */
  field: string;
  message: string;
}

export type DraftCheck = { ok: true; plan: Plan; errors: FieldErrors; problems: [] } | { ok: false; errors: FieldErrors; problems: Problem[] };

/** The sections in order, with their English titles (the interface shows `sections.<id>` of the 'plan' texts). */
export const SECTIONS = [
  ['general', 'General'],
  ['enrolment', 'Enrolment'],
  ['earning', 'Earning'],
  ['rewards', 'Rewards'],
  ['bonuses', 'Bonus points'],
  ['promotions', 'Promotions'],
  ['frequency', 'Frequency tactics'],
  ['tiers', 'Tiers'],
  ['expiry', 'Expiry'],
  ['privileges', 'Privileges matrix'],
  ['partners', 'Partners'],
  ['communication', 'Communication matrix'],
  ['behaviour', 'Behaviour'],
] as const;
export type SectionId = (typeof SECTIONS)[number][0];
export const SECTION_TITLES: Readonly<Record<SectionId, string>> = Object.fromEntries(SECTIONS) as Record<SectionId, string>;

const isSection = (key: string): key is SectionId => key in SECTION_TITLES && key !== 'general';

/** The section a field belongs to: the plan's top-level key, or General for the plan-wide fields and costs. */
export function sectionOf(path: string): SectionId {
  const head = path.split('.')[0] ?? '';
  return isSection(head) ? head : 'general';
}

const words = (key: string): string => {
  const parts = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ');
  // Units live in the suffixes and labels; in a sentence "point value currency" reads worse than "point value".
  if (parts.length > 1 && parts[parts.length - 1] === 'currency') parts.pop();
  return parts.join(' ');
};

type FieldKey = keyof typeof planTexts.fields;
type RowKey = keyof typeof planTexts.fieldRows;

/** A field path in words for the problem list: "earning.pointValueCurrency" is "point value" ("valor del punto" in Spanish). */
export function fieldName(path: string, t: PlanT = englishPlanT): string {
  const steps = path.split('.').filter((s) => s.length > 0 && s !== 'dist');
  const section = steps.length > 0 && isSection(steps[0]!) ? steps.shift() : undefined;
  // The sections that are lists name their rows by what they hold.
  const rowNoun = section && section in planTexts.fieldRows ? t(`fieldRows.${section as RowKey}`) : t('fieldRows.row');
  const name = (key: string) => (key in planTexts.fields ? t(`fields.${key as FieldKey}`) : words(key));
  const named: string[] = [];
  for (const step of steps) {
    const first = named.length === 0;
    if (/^\d+$/.test(step)) named.push(first ? `${rowNoun} ${Number(step) + 1},` : `${named.pop()} ${t('fieldRows.row')} ${Number(step) + 1},`);
    else named.push(name(step));
  }
  // A segment row's figure is the row itself: "rate by segment row 1", not "…row 1, value".
  const text = named.join(' ').replace(/,$/, '');
  const value = `, ${t('fields.value')}`;
  return text.endsWith(value) ? text.slice(0, -value.length) : text;
}

/** Segment rows that name the same segment twice: the schema accepts them, the engine could not tell which applies. */
function duplicateSegmentProblems(draft: PlanDraft, t: PlanT): [string, string][] {
  const found: [string, string][] = [];
  const check = (rows: readonly { segment: string }[], listPath: string) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const key = row.segment.trim();
      if (seen.has(key)) found.push([`${listPath}.${i}.segment`, t('check.duplicateSegment', { name: key })]);
      seen.add(key);
    });
  };
  check(draft.enrolment.rateBySegment, 'enrolment.rateBySegment');
  check(draft.rewards.redemptionPropensityBySegment, 'rewards.redemptionPropensityBySegment');
  const contacts = new Set<string>();
  draft.communication.contacts.forEach((row, i) => {
    const key = `${row.segment.trim()}\u0000${row.channel}`;
    if (contacts.has(key)) found.push([`communication.contacts.${i}.channel`, t('check.duplicateChannel')]);
    contacts.add(key);
  });
  return found;
}

/**
 * Checks the draft with the plan schema: a message per field path, and the list for the summary.
 * An empty number field says so plainly instead of zod's "expected number, received string".
 */
export function checkDraft(draft: PlanDraft, t: PlanT = englishPlanT): DraftCheck {
  const parsed = planSchema.safeParse(draft);
  const errors: Record<string, string> = {};
  const problems: Problem[] = [];
  const add = (path: string, message: string) => {
    if (path in errors) return;
    errors[path] = message;
    problems.push({ path, section: sectionOf(path), field: fieldName(path, t), message });
  };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const empty = issue.code === 'invalid_type' && issue.expected === 'number';
      add(path, empty ? t('check.enterNumber') : issue.message);
    }
  }
  for (const [path, message] of duplicateSegmentProblems(draft, t)) add(path, message);
  if (parsed.success && problems.length === 0) return { ok: true, plan: parsed.data, errors, problems: [] };
  return { ok: false, errors, problems };
}

/** The first message at a path or anywhere under it (an assumption's distribution, a table row). */
export function errorUnder(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const prefix = `${path}.`;
  for (const key of Object.keys(errors)) if (key.startsWith(prefix)) return errors[key];
  return undefined;
}

/** True when the draft differs from what was loaded or saved (compared as documents). */
export function isDirty(draft: PlanDraft, saved: Plan | null): boolean {
  return saved === null || JSON.stringify(draft) !== JSON.stringify(saved);
}

// Shares are kept as 0..1 and typed as percent; rounding to 10 significant digits hides the
// binary noise of x100 (0.07 x 100 = 7.000000000000001) without losing what the user typed.
const tidy = (x: number): number => Number(x.toPrecision(10));

export function shareToPercent(share: number | ''): number | '' {
  return share === '' ? '' : tidy(share * 100);
}

export function percentToShare(percent: number | ''): number | '' {
  return percent === '' ? '' : tidy(percent / 100);
}

/** A NumberInput's value as the draft keeps it: a number, or '' while the field is empty. */
export const asNumber = (v: string | number): number | '' => (typeof v === 'number' && Number.isFinite(v) ? v : '');

/** Replaces the item at `index` (immutably). */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** A suggested file name for an exported plan: its name in lower-case words, ".plan.json". */
export function planFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'plan'}.plan.json`;
}

/** Reads an imported plan file: JSON, then the plan schema; every problem with its path. */
export function readPlanFile(text: string, t: PlanT = englishPlanT): { ok: true; plan: Plan } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [t('check.notJson', { message: error instanceof Error ? error.message : String(error) })] };
  }
  // The plan module's own reader: the backend stores only what it accepts.
  return parsePlan(json);
}
