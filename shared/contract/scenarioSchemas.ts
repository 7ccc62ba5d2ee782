import { z } from 'zod';
import { KPI_KEYS } from '../simulation/results';
import { DEFAULT_DRAWS } from './simulationSchemas';

/** Scenarios: a named stored plan with its seed, assumption draws and sample size. */
const scenarioName = z.string().trim().min(1, 'A scenario needs a name.').max(80, 'At most 80 characters.');
const seed = z.number().int('The seed must be a whole number.').min(0, 'The seed must be 0 or more.').max(2 ** 32 - 1, 'The seed must be below 4294967296.');
const draws = z.number().int().min(1, 'At least one draw.').max(200, 'At most 200 draws.');
const maxCustomers = z.number().int().min(100, 'Simulate at least 100 customers.').max(5_000_000);
export const scenarioIdSchema = z.number().int().min(1);

export const scenarioCreateSchema = z
  .object({ name: scenarioName, planId: z.number().int().min(1), seed: seed.default(1), draws: draws.default(DEFAULT_DRAWS), maxCustomers: maxCustomers.optional() })
  .strict();
export const scenarioUpdateSchema = z
  .object({ scenarioId: scenarioIdSchema, name: scenarioName.optional(), seed: seed.optional(), draws: draws.optional(), maxCustomers: maxCustomers.nullable().optional() })
  .strict();
export const scenarioDuplicateSchema = z.object({ scenarioId: scenarioIdSchema, name: scenarioName }).strict();

/** Up to four scenarios side by side. */
export const scenarioCompareSchema = z.object({ scenarioIds: z.array(scenarioIdSchema).min(1, 'Choose a scenario.').max(4, 'Compare at most four scenarios.') }).strict();

export const sensitivityRequestSchema = z
  .object({ scenarioId: scenarioIdSchema, kpi: z.enum(KPI_KEYS), maxCustomers: maxCustomers.optional() })
  .strict();

export const GOAL_SEEK_LEVERS = ['pointsPerCurrencyUnit', 'pointValueCurrency', 'rewardThresholdPoints', 'promotionMultiplier'] as const;
export type GoalSeekLever = (typeof GOAL_SEEK_LEVERS)[number];
export const GOAL_SEEK_TARGETS = ['freeRewardRateTotal', 'annualProgrammeCost', 'roi', 'liabilityAtCostEnd'] as const;
export type GoalSeekTarget = (typeof GOAL_SEEK_TARGETS)[number];

export const goalSeekRequestSchema = z
  .object({
    scenarioId: scenarioIdSchema,
    lever: z.enum(GOAL_SEEK_LEVERS),
    target: z.enum(GOAL_SEEK_TARGETS),
    value: z.number({ error: 'Give the target value.' }).finite(),
    /** Programme budget cap per year (currency): a warning where the plan found breaks it. */
    budgetCapPerYear: z.number().min(0).optional(),
    maxCustomers: maxCustomers.optional(),
  })
  .strict();
export type GoalSeekRequest = z.infer<typeof goalSeekRequestSchema>;

export const REPORT_FORMATS = ['pdf', 'pptx', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const reportRequestSchema = z.object({ scenarioId: scenarioIdSchema, format: z.enum(REPORT_FORMATS), locale: z.enum(LOCALES).default('en') }).strict();
