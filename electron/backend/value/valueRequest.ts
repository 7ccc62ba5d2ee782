import { z } from 'zod';
import { dayNumberOf } from '../../../shared/calendar/isoDate';
import { DEFAULT_VALUE_SETTINGS } from '../../../shared/contract/segmentSchemas';
import { TIME_UNITS } from '../../../shared/domain/timeUnits';

/** The longest horizons valued: ten years, in either unit (as the segmentation's 120 months). */
const MAX_HORIZON = { week: 522, month: 120 } as const;

/** A per-customer valuation of the whole base, as `lw value` asks for it. */
export const valueExportRequestSchema = z
  .object({
    model: z.enum(['auto', 'bgnbd', 'mbgnbd', 'pnbd']).default('auto'),
    calibrationEnd: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.')
      .refine((d) => dayNumberOf(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))) !== null, 'There is no such date.'),
    /** The unit the customers' recency and age are measured in for the fits. */
    unit: z.enum(TIME_UNITS).default('week'),
    /** Expected purchases and lifetime value are over this horizon, discounted period by period. */
    horizon: z
      .object({ amount: z.number().int('The horizon is a whole number of periods.').min(1, 'The horizon is at least one period.'), unit: z.enum(['week', 'month']) })
      .strict()
      .superRefine((h, ctx) => {
        if (h.amount > MAX_HORIZON[h.unit]) ctx.addIssue({ code: 'custom', message: `The horizon is at most ${MAX_HORIZON[h.unit]} ${h.unit}s (ten years).`, path: ['amount'] });
      }),
    discountRatePerYear: z.number().min(0, 'The discount rate cannot be negative.').max(1, 'A yearly discount rate above 100% is not credible.').default(DEFAULT_VALUE_SETTINGS.discountRatePerYear),
    /** Gross margin share; when absent, the workspace's own margin over sales (or 30%), as the segmentation takes it. */
    margin: z.number().gt(0, 'The margin must be above 0.').max(1, 'The margin is a share, at most 1 (100%).').optional(),
  })
  .strict();
export type ValueExportRequest = z.infer<typeof valueExportRequestSchema>;
