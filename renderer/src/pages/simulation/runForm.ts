import { DEFAULT_DRAWS, simulationRequestSchema, type SimulationRequest } from '../../../../shared/contract/simulationSchemas';
import type { DisplayedJob } from '../../jobs/jobDisplay';
import { englishSimulationT, type SimulationT } from './simulationText';

/** The run panel's fields as typed: numbers, or '' while a field is empty. */
export interface RunForm {
  planId: number | null;
  seed: number | '';
  draws: number | '';
  /** Empty: every customer of the workspace. */
  maxCustomers: number | '';
}

export type RunFormErrors = Partial<Record<'planId' | 'seed' | 'draws' | 'maxCustomers', string>>;

/**
 * DEFAULT_DRAWS (40): enough for a stable median and P10-P90 (see its comment for the Monte Carlo
 * error), in seconds on a workspace the size of the sample. The seed is fixed so a rerun is identical.
 */
export const DEFAULT_RUN_FORM: Omit<RunForm, 'planId'> = { seed: 1, draws: DEFAULT_DRAWS, maxCustomers: '' };

const FIELDS = ['planId', 'seed', 'draws', 'maxCustomers'] as const;

/** The request to send, or a message under each wrong field (the backend's own schema decides, so the limits cannot drift apart). */
export function checkRunForm(form: RunForm, t: SimulationT = englishSimulationT): { ok: true; request: SimulationRequest } | { ok: false; errors: RunFormErrors } {
  const errors: RunFormErrors = {};
  if (form.planId === null) errors.planId = t('run.choosePlanError');
  if (form.seed === '') errors.seed = t('run.seedError');
  if (form.draws === '') errors.draws = t('run.drawsError');
  const parsed = simulationRequestSchema.safeParse({
    planId: form.planId ?? 1,
    seed: form.seed === '' ? 1 : form.seed,
    draws: form.draws === '' ? 1 : form.draws,
    ...(form.maxCustomers === '' ? {} : { maxCustomers: form.maxCustomers }),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      const field = FIELDS.find((f) => f === key);
      if (field) errors[field] ??= issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, request: parsed.data };
}

/**
 * The run's own job: one that did not exist when the run started. A simulation job is
 * preferred by its label, should another job (an import) start at the same moment.
 */
export function findRunJob(jobs: readonly DisplayedJob[], knownJobIds: ReadonlySet<string>): DisplayedJob | null {
  const fresh = jobs.filter((job) => !knownJobIds.has(job.id));
  return fresh.find((job) => /simulat/i.test(job.label)) ?? fresh[0] ?? null;
}
