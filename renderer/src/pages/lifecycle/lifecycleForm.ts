import { lifecycleRulesSchema, type LifecycleRules } from '../../../../shared/segments/lifecycle';

export type LifecycleField = keyof LifecycleRules;

/** The rules as typed: a number, or '' while a field is empty. */
export type LifecycleForm = Record<LifecycleField, number | ''>;
export type LifecycleFormErrors = Partial<Record<LifecycleField, string>>;

/** The fields in the order the rules are tried. */
export const LIFECYCLE_FIELDS: readonly LifecycleField[] = [
  'lapsedAfterDays',
  'newWithinDays',
  'atRiskBelowProbabilityAlive',
  'atRiskGapMultiple',
  'atRiskMinGapDays',
  'developmentMaxPurchases',
];

export function rulesToForm(rules: LifecycleRules): LifecycleForm {
  return { ...rules };
}

/** The rules to send, or a message under each wrong field (the shared schema decides). */
export function checkLifecycleForm(
  form: LifecycleForm,
  giveNumber = 'Give a number.',
): { ok: true; rules: LifecycleRules } | { ok: false; errors: LifecycleFormErrors } {
  const errors: LifecycleFormErrors = {};
  for (const field of LIFECYCLE_FIELDS) if (form[field] === '') errors[field] = giveNumber;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = lifecycleRulesSchema.safeParse(form);
  if (parsed.success) return { ok: true, rules: parsed.data };
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (LIFECYCLE_FIELDS as readonly string[]).includes(field)) errors[field as LifecycleField] ??= issue.message;
  }
  return { ok: false, errors };
}

/** True when the form says the same as the rules in force. */
export function sameRules(form: LifecycleForm, rules: LifecycleRules): boolean {
  return LIFECYCLE_FIELDS.every((f) => form[f] === rules[f]);
}
