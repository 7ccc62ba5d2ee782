import { z } from 'zod';
import { TIME_UNITS } from '../domain/timeUnits';

/** The customer-value models by the names the command line and the UI use. */
export const MODEL_KEYS = ['bgnbd', 'mbgnbd', 'pnbd', 'gg'] as const;
export type ModelKey = (typeof MODEL_KEYS)[number];

export const MODEL_LABELS: Readonly<Record<ModelKey, string>> = {
  bgnbd: 'BG/NBD',
  mbgnbd: 'MBG/NBD',
  pnbd: 'Pareto/NBD',
  gg: 'Gamma-Gamma (spend)',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.');

export const fitRequestSchema = z
  .object({
    model: z.enum(MODEL_KEYS),
    calibrationEnd: isoDate,
    unit: z.enum(TIME_UNITS),
  })
  .strict();
export type FitRequest = z.infer<typeof fitRequestSchema>;

export const validateRequestSchema = z
  .object({
    calibrationEnd: isoDate,
    /** The end of the holdout period: the models are judged on purchases after the calibration end up to here. */
    holdoutEnd: isoDate.optional(),
    unit: z.enum(TIME_UNITS).default('week'),
  })
  .strict()
  .refine((r) => !r.holdoutEnd || r.holdoutEnd > r.calibrationEnd, { message: 'The holdout must end after the calibration end.', path: ['holdoutEnd'] });
