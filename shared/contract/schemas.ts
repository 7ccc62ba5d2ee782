import { z } from 'zod';
import { CUSTOMER_SORT_KEYS } from '../domain/customers';
import { TIME_UNITS } from '../domain/timeUnits';
import { attributeImportSchema, previewRequestSchema, transactionImportRequestSchema } from './importSchemas';
import { validateRequestSchema } from './modelSchemas';
import { segmentRequestSchema } from './segmentSchemas';
import { lifecycleRulesSchema } from '../segments/lifecycle';
import { strategicScoreSettingsSchema } from '../value/strategicScore';
import { planSchema } from '../plan/planSchema';
import { simulationRequestSchema } from './simulationSchemas';
import { analysisQuerySchema } from './analysisSchemas';
import { currencyCodeSchema, localeSchema, workspaceSetSettingsSchema } from './workspaceSettingsSchemas';
import {
  goalSeekRequestSchema,
  reportRequestSchema,
  scenarioCompareSchema,
  scenarioCreateSchema,
  scenarioDuplicateSchema,
  scenarioIdSchema,
  scenarioUpdateSchema,
  sensitivityRequestSchema,
} from './scenarioSchemas';

/**
 * Schemas for every argument that crosses from the UI into the backend. The renderer's forms
 * validate with the same schemas, so a form can never accept what the backend would refuse.
 */
export const WORKSPACE_EXTENSION = '.lwb';

export const workspacePathSchema = z
  .string({ error: 'A workspace path is required.' })
  .trim()
  .min(1, 'A workspace path is required.')
  .max(4096, 'The path is longer than 4096 characters.')
  .refine((p) => !p.includes('\0'), 'The path contains a NUL character.')
  .refine(
    (p) => p.toLowerCase().endsWith(WORKSPACE_EXTENSION),
    `A workspace file name ends in ${WORKSPACE_EXTENSION}, for example /home/ana/client${WORKSPACE_EXTENSION}.`,
  );

export const sampleSeedSchema = z
  .number({ error: 'The seed must be a whole number.' })
  .int('The seed must be a whole number.')
  .min(0, 'The seed must be 0 or more.')
  .max(2 ** 32 - 1, 'The seed must be below 4294967296.');

export const jobIdSchema = z.string().min(1).max(64);

const none = z.object({}).strict();

export const argSchemas = {
  'app.info': none,
  'workspace.current': none,
  'workspace.openDefault': none,
  'workspace.openSample': none,
  'workspace.open': z.object({ path: workspacePathSchema }).strict(),
  /** Without a currency or locale the workspace is in EUR and its figures follow the interface language. */
  'workspace.create': z.object({ path: workspacePathSchema, currencyCode: currencyCodeSchema.optional(), locale: localeSchema.optional() }).strict(),
  'workspace.saveAs': z.object({ path: workspacePathSchema, overwrite: z.boolean().default(false) }).strict(),
  'workspace.recent': none,
  /** The workspace's currency and locale, with what a change of currency would leave behind. */
  'workspace.settings': none,
  'workspace.setSettings': workspaceSetSettingsSchema,
  'customers.overview': none,
  'customers.page': z
    .object({
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
      sortBy: z.enum(CUSTOMER_SORT_KEYS).default('customerId'),
      sortDirection: z.enum(['asc', 'desc']).default('asc'),
      search: z.string().max(200).optional(),
    })
    .strict(),
  'customers.distributions': none,
  'customers.cohorts': none,
  'customers.summarise': z
    .object({ calibrationEnd: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.'), unit: z.enum(TIME_UNITS) })
    .strict(),
  'import.preview': previewRequestSchema,
  'import.transactions': transactionImportRequestSchema,
  'import.attributes': attributeImportSchema,
  'imports.list': none,
  'models.validate': validateRequestSchema,
  'segments.run': segmentRequestSchema,
  'segments.current': none,
  'value.scoreSettings': none,
  'value.setScoreSettings': z.object({ settings: strategicScoreSettingsSchema }).strict(),
  'customers.lifecycle': z.object({ rules: lifecycleRulesSchema.optional() }).strict(),
  'segments.rename': z.object({ segment: z.number().int().min(0), name: z.string().trim().min(1, 'A segment needs a name.').max(60, 'At most 60 characters.') }).strict(),
  'segments.merge': z
    .object({
      segments: z.array(z.number().int().min(0)).min(2, 'Choose at least two segments to merge.').max(20),
      name: z.string().trim().min(1, 'The merged segment needs a name.').max(60, 'At most 60 characters.'),
    })
    .strict(),
  'customers.valueCard': z.object({ customerId: z.string().trim().min(1, 'Give a customer id.').max(200) }).strict(),
  'plans.list': none,
  'plans.get': z.object({ planId: z.number().int().min(1) }).strict(),
  /** Saves a new version of a plan (a new plan when planId is absent). */
  'plans.save': z.object({ planId: z.number().int().min(1).optional(), plan: planSchema }).strict(),
  'plans.template': z.object({ template: z.enum(['basic', 'full']) }).strict(),
  'plans.delete': z.object({ planId: z.number().int().min(1) }).strict(),
  'simulation.run': simulationRequestSchema,
  'simulation.latest': z.object({ planId: z.number().int().min(1) }).strict(),
  'scenarios.list': none,
  'scenarios.create': scenarioCreateSchema,
  'scenarios.update': scenarioUpdateSchema,
  /** Copies the scenario and its plan (as a new plan), so the copy can be edited alone. */
  'scenarios.duplicate': scenarioDuplicateSchema,
  'scenarios.delete': z.object({ scenarioId: scenarioIdSchema }).strict(),
  'scenarios.run': z.object({ scenarioId: scenarioIdSchema }).strict(),
  'scenarios.results': scenarioCompareSchema,
  'scenarios.sensitivity': sensitivityRequestSchema,
  'scenarios.goalSeek': goalSeekRequestSchema,
  'analysis.latest': analysisQuerySchema,
  'reports.export': reportRequestSchema,
  'jobs.list': none,
  'jobs.cancel': z.object({ jobId: jobIdSchema }).strict(),
} as const;

export type MethodName = keyof typeof argSchemas;
/** What a caller passes (before defaults and trimming). */
export type MethodArgs<M extends MethodName> = z.input<(typeof argSchemas)[M]>;
/** What a handler receives (after validation). */
export type ValidArgs<M extends MethodName> = z.output<(typeof argSchemas)[M]>;

export const METHOD_NAMES = Object.keys(argSchemas) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(argSchemas, name);
}
