import { validateRequestSchema } from '../../../../shared/contract/modelSchemas';
import type { TimeUnit } from '../../../../shared/domain/timeUnits';

export interface FitForm {
  calibrationEnd: string;
  holdoutEnd: string;
  unit: TimeUnit;
}

export type FitFormErrors = Partial<Record<keyof FitForm, string>>;

const DAY_MS = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The calibration end at two thirds of the data's span and the holdout to the last purchase:
 * enough history to fit on, and enough after it to judge the forecast.
 */
export function defaultFitForm(firstTransactionDate: string | null, lastTransactionDate: string | null): FitForm {
  if (!firstTransactionDate || !lastTransactionDate) return { calibrationEnd: '', holdoutEnd: '', unit: 'week' };
  const spanDays = Math.round((Date.parse(lastTransactionDate) - Date.parse(firstTransactionDate)) / DAY_MS);
  return { calibrationEnd: addDays(firstTransactionDate, Math.round((spanDays * 2) / 3)), holdoutEnd: lastTransactionDate, unit: 'week' };
}

/** The request to send, or the message to show under each field that is wrong. */
export function checkFitForm(form: FitForm): { ok: true; request: { calibrationEnd: string; holdoutEnd?: string; unit: TimeUnit } } | { ok: false; errors: FitFormErrors } {
  const parsed = validateRequestSchema.safeParse({
    calibrationEnd: form.calibrationEnd,
    ...(form.holdoutEnd ? { holdoutEnd: form.holdoutEnd } : {}),
    unit: form.unit,
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: FitFormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'calibrationEnd' || field === 'holdoutEnd' || field === 'unit') && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}

/** The form a kept fit was made with, so the page shows the settings beside the figures they gave. */
export function fitFormOf(request: { calibrationEnd: string; holdoutEnd?: string | undefined; unit: TimeUnit }): FitForm {
  return { calibrationEnd: request.calibrationEnd, holdoutEnd: request.holdoutEnd ?? '', unit: request.unit };
}
