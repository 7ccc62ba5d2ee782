import { z } from 'zod';
import { TIME_UNITS } from '../domain/timeUnits';

export const SEGMENT_METHODS = ['tiers', 'rfm', 'kmeans'] as const;
export type SegmentMethod = (typeof SEGMENT_METHODS)[number];

/** How the customers are valued before they are segmented (lifetime value over a horizon). */
export const valueSettingsSchema = z
  .object({
    horizonMonths: z.number().int().min(1, 'The horizon is at least a month.').max(120, 'The horizon is at most 120 months.').default(36),
    discountRatePerYear: z.number().min(0, 'The discount rate cannot be negative.').max(1, 'A yearly discount rate above 100% is not credible.').default(0.1),
    /** Gross margin share; when absent, the workspace's own margin over sales (or 30%). */
    margin: z.number().gt(0, 'The margin must be above 0.').max(1, 'The margin is a share, at most 1 (100%).').optional(),
  })
  .strict();

export const DEFAULT_VALUE_SETTINGS = { horizonMonths: 36, discountRatePerYear: 0.1 } as const;

export const segmentRequestSchema = z
  .object({
    method: z.enum(SEGMENT_METHODS),
    /** k-means only: the number of segments; suggested by silhouette when absent. */
    k: z.number().int().min(2, 'k-means needs at least 2 segments.').max(12, 'At most 12 segments.').optional(),
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
    calibrationEnd: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.').optional(),
    unit: z.enum(TIME_UNITS).default('week'),
    value: valueSettingsSchema.default(DEFAULT_VALUE_SETTINGS),
  })
  .strict();
export type SegmentRequest = z.infer<typeof segmentRequestSchema>;
