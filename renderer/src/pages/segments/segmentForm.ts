import { segmentRequestSchema, valueSettingsSchema, type SegmentMethod, type SegmentRequest } from '../../../../shared/contract/segmentSchemas';

/** The studio's fields as typed: numbers or '' while a field is empty; rates in percent. */
export interface SegmentForm {
  method: SegmentMethod;
  k: number | '';
  horizonMonths: number | '';
  discountRatePercent: number | '';
  /** Empty: the workspace's own margin. */
  marginPercent: number | '';
}

export type SegmentFormErrors = Partial<Record<'k' | 'horizonMonths' | 'discountRatePercent' | 'marginPercent', string>>;

export const DEFAULT_SEGMENT_FORM: SegmentForm = { method: 'tiers', k: '', horizonMonths: 36, discountRatePercent: 10, marginPercent: '' };

const FIELD_OF_SETTING = { horizonMonths: 'horizonMonths', discountRatePerYear: 'discountRatePercent', margin: 'marginPercent' } as const;

/** The request to send, or a message under each wrong field (the backend's own schema decides). */
/** The form's own messages, in the interface language (the shared schema's stay as they are). */
export interface SegmentFormWords {
  horizon: string;
  discount: string;
}

export const ENGLISH_SEGMENT_FORM_WORDS: SegmentFormWords = {
  horizon: 'Give the horizon in months.',
  discount: 'Give a discount rate (0 for none).',
};

export function checkSegmentForm(
  form: SegmentForm,
  words: SegmentFormWords = ENGLISH_SEGMENT_FORM_WORDS,
): { ok: true; request: SegmentRequest } | { ok: false; errors: SegmentFormErrors } {
  const errors: SegmentFormErrors = {};
  if (form.horizonMonths === '') errors.horizonMonths = words.horizon;
  if (form.discountRatePercent === '') errors.discountRatePercent = words.discount;
  const value = {
    horizonMonths: form.horizonMonths === '' ? 0 : form.horizonMonths,
    discountRatePerYear: form.discountRatePercent === '' ? 0 : form.discountRatePercent / 100,
    ...(form.marginPercent === '' ? {} : { margin: form.marginPercent / 100 }),
  };
  const settings = valueSettingsSchema.safeParse(value);
  if (!settings.success) {
    for (const issue of settings.error.issues) {
      const key = issue.path[0];
      if (key === 'horizonMonths' || key === 'discountRatePerYear' || key === 'margin') {
        const field = FIELD_OF_SETTING[key];
        errors[field] ??= issue.message;
      }
    }
  }
  const withK = form.method === 'kmeans' && form.k !== '' ? { k: form.k } : {};
  const request = segmentRequestSchema.safeParse({ method: form.method, ...withK, seed: 1, unit: 'week', value });
  if (!request.success) {
    for (const issue of request.error.issues) if (issue.path[0] === 'k') errors.k ??= issue.message;
  }
  if (Object.keys(errors).length > 0 || !request.success) return { ok: false, errors };
  return { ok: true, request: request.data };
}

/** Percent from a share without the float noise of ×100 (0.07 → 7, not 7.000000000000001). */
const percentOf = (share: number): number => Number((share * 100).toPrecision(12));

/** The form a kept segmentation was made with, so the settings shown are those of the figures shown. */
export function segmentFormOf(request: Pick<SegmentRequest, 'method' | 'k' | 'value'>): SegmentForm {
  return {
    method: request.method,
    k: request.k ?? '',
    horizonMonths: request.value.horizonMonths,
    discountRatePercent: percentOf(request.value.discountRatePerYear),
    marginPercent: request.value.margin === undefined ? '' : percentOf(request.value.margin),
  };
}
