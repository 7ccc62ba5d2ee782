import { sameValue } from '../../drafts/sameValue';
import { strategicScoreSettingsSchema, type QUALITATIVE_DIRECTIONS, type StrategicScoreSettings } from '../../../../shared/value/strategicScore';

export type ScoreWeight = 'prospective' | 'current' | 'qualitative';
export type Direction = (typeof QUALITATIVE_DIRECTIONS)[number];

export interface AttributeRow {
  /** Stable while the list is edited, for React keys. */
  id: number;
  attribute: string | null;
  direction: Direction;
  weight: number | '';
}

/** The settings as typed: numbers or '' while a field is empty. */
export interface ScoreForm {
  weights: Record<ScoreWeight, number | ''>;
  attributes: AttributeRow[];
}

export interface ScoreFormErrors {
  weights: Partial<Record<ScoreWeight, string>>;
  /** A problem with the weights together (all zero). */
  total?: string;
  attributes: Record<number, Partial<Record<'attribute' | 'weight', string>>>;
  list?: string;
}

export const SCORE_WEIGHTS: readonly ScoreWeight[] = ['prospective', 'current', 'qualitative'];

export function settingsToForm(settings: StrategicScoreSettings): ScoreForm {
  return {
    weights: { ...settings.weights },
    attributes: settings.qualitative.map((q, i) => ({ id: i + 1, attribute: q.attribute, direction: q.direction, weight: q.weight })),
  };
}

/** A new row for the first attribute not yet in the list (none when all are used). */
export function addAttributeRow(form: ScoreForm, available: readonly string[]): ScoreForm {
  const used = new Set(form.attributes.map((a) => a.attribute));
  const next = available.find((a) => !used.has(a)) ?? null;
  const id = Math.max(0, ...form.attributes.map((a) => a.id)) + 1;
  return { ...form, attributes: [...form.attributes, { id, attribute: next, direction: 'higher-is-better', weight: 1 }] };
}

/** Each weight's share of the total, 0..1 (all 0 when the total is not above 0). */
export function weightShares(weights: ScoreForm['weights']): Record<ScoreWeight, number> {
  const value = (w: ScoreWeight) => (typeof weights[w] === 'number' && weights[w] > 0 ? weights[w] : 0);
  const total = SCORE_WEIGHTS.reduce((sum, w) => sum + value(w), 0);
  return { prospective: total > 0 ? value('prospective') / total : 0, current: total > 0 ? value('current') / total : 0, qualitative: total > 0 ? value('qualitative') / total : 0 };
}

export function hasErrors(errors: ScoreFormErrors): boolean {
  return Object.keys(errors.weights).length > 0 || errors.total !== undefined || Object.keys(errors.attributes).length > 0 || errors.list !== undefined;
}

/** The form's own messages, in the interface language (the shared schema's stay as they are). */
export interface ScoreFormWords {
  giveWeightPart: string;
  chooseAttribute: string;
  duplicate: string;
  giveWeight: string;
}

export const ENGLISH_SCORE_FORM_WORDS: ScoreFormWords = {
  giveWeightPart: 'Give a weight (0 to leave this part out).',
  chooseAttribute: 'Choose an attribute.',
  duplicate: 'This attribute is already in the list.',
  giveWeight: 'Give a weight.',
};

/** The settings to save, or a message under each wrong field (the shared schema decides, plus: each attribute once). */
export function checkScoreForm(
  form: ScoreForm,
  words: ScoreFormWords = ENGLISH_SCORE_FORM_WORDS,
): { ok: true; settings: StrategicScoreSettings } | { ok: false; errors: ScoreFormErrors } {
  const errors: ScoreFormErrors = { weights: {}, attributes: {} };
  const rowError = (i: number, field: 'attribute' | 'weight', message: string) => {
    const row = (errors.attributes[i] ??= {});
    row[field] ??= message;
  };
  for (const w of SCORE_WEIGHTS) if (form.weights[w] === '') errors.weights[w] = words.giveWeightPart;
  const seen = new Set<string>();
  form.attributes.forEach((row, i) => {
    if (row.attribute === null) rowError(i, 'attribute', words.chooseAttribute);
    else if (seen.has(row.attribute)) rowError(i, 'attribute', words.duplicate);
    else seen.add(row.attribute);
    if (row.weight === '') rowError(i, 'weight', words.giveWeight);
  });
  const parsed = strategicScoreSettingsSchema.safeParse({
    weights: Object.fromEntries(SCORE_WEIGHTS.map((w) => [w, form.weights[w] === '' ? 0 : form.weights[w]])),
    qualitative: form.attributes.map((row) => ({ attribute: row.attribute ?? '', direction: row.direction, weight: row.weight === '' ? 1 : row.weight })),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [group, key, field] = issue.path;
      if (group === 'weights' && (key === 'prospective' || key === 'current' || key === 'qualitative')) errors.weights[key] ??= issue.message;
      else if (group === 'weights') errors.total ??= issue.message;
      else if (group === 'qualitative' && typeof key === 'number' && (field === 'attribute' || field === 'weight')) rowError(key, field, issue.message);
      else if (group === 'qualitative') errors.list ??= issue.message;
    }
  }
  if (hasErrors(errors) || !parsed.success) return { ok: false, errors };
  return { ok: true, settings: parsed.data };
}

/** True when two forms say the same (the rows' ids are only React keys). */
export function sameScoreForm(a: ScoreForm, b: ScoreForm): boolean {
  const content = (f: ScoreForm) => ({ weights: f.weights, attributes: f.attributes.map(({ id: _id, ...row }) => row) });
  return sameValue(content(a), content(b));
}

/** True when the form says the same as the saved settings. */
export function sameSettings(form: ScoreForm, settings: StrategicScoreSettings, words: ScoreFormWords = ENGLISH_SCORE_FORM_WORDS): boolean {
  const checked = checkScoreForm(form, words);
  return checked.ok && JSON.stringify(checked.settings) === JSON.stringify(settings);
}
