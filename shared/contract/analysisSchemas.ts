import { z } from 'zod';
import type { validateRequestSchema } from './modelSchemas';
import { scenarioIdSchema, type sensitivityRequestSchema } from './scenarioSchemas';
import { SEGMENT_METHODS } from './segmentSchemas';

/**
 * Which kept result to read: the workspace's model fit, the last segmentation by a method, the
 * last run of a plan, or a scenario's last sensitivity or goal seek. Each kind names what it is
 * of with its own key, so a caller cannot ask for a segmentation by scenario id.
 */
export const analysisQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fit') }).strict(),
  z.object({ kind: z.literal('segmentation'), method: z.enum(SEGMENT_METHODS) }).strict(),
  z.object({ kind: z.literal('simulation'), planId: z.number().int().min(1) }).strict(),
  z.object({ kind: z.literal('sensitivity'), scenarioId: scenarioIdSchema }).strict(),
  z.object({ kind: z.literal('goalSeek'), scenarioId: scenarioIdSchema }).strict(),
]);
export type AnalysisQuery = z.infer<typeof analysisQuerySchema>;

/** The Customer value page's fit request as the handler receives it (the unit defaulted). */
export type ValidateRequest = z.output<typeof validateRequestSchema>;
export type SensitivityRequest = z.output<typeof sensitivityRequestSchema>;
