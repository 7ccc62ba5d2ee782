import { scenarioCreateSchema, scenarioUpdateSchema } from '../../../../shared/contract/scenarioSchemas';
import type { ScenarioSummary } from '../../../../shared/domain/scenarios';
import type { DisplayedJob } from '../../jobs/jobDisplay';
import { englishScenariosT, type ScenariosT } from './scenariosText';

/** The scenario dialog's fields as typed: numbers, or '' while a field is empty. */
export interface ScenarioForm {
  name: string;
  planId: number | null;
  seed: number | '';
  draws: number | '';
  /** Empty: every customer of the workspace. */
  maxCustomers: number | '';
}

export type ScenarioFormErrors = Partial<Record<keyof ScenarioForm, string>>;


/** Twenty draws shade a P10-P90 band from two draws each side and run in seconds on the sample. */
export function newScenarioForm(planId: number | null, name = ''): ScenarioForm {
  return { name, planId, seed: 1, draws: 20, maxCustomers: '' };
}

export function formOf(scenario: ScenarioSummary): ScenarioForm {
  return { name: scenario.name, planId: scenario.planId, seed: scenario.seed, draws: scenario.draws, maxCustomers: scenario.maxCustomers ?? '' };
}

const FIELDS = ['name', 'planId', 'seed', 'draws', 'maxCustomers'] as const;

function collect(issues: readonly { path: readonly PropertyKey[]; message: string }[], errors: ScenarioFormErrors): void {
  for (const issue of issues) {
    const field = FIELDS.find((f) => f === issue.path[0]);
    if (field) errors[field] ??= issue.message;
  }
}

function emptyFieldErrors(form: ScenarioForm, t: ScenariosT): ScenarioFormErrors {
  const errors: ScenarioFormErrors = {};
  if (form.seed === '') errors.seed = t('form.messages.seed');
  if (form.draws === '') errors.draws = t('form.messages.draws');
  return errors;
}

/** The create request, or a message under each wrong field; the backend's schema decides, so the limits cannot drift apart. */
export function checkCreate(form: ScenarioForm, t: ScenariosT = englishScenariosT) {
  const errors = emptyFieldErrors(form, t);
  if (form.planId === null) errors.planId = t('form.messages.plan');
  const parsed = scenarioCreateSchema.safeParse({
    name: form.name,
    planId: form.planId ?? 1,
    seed: form.seed === '' ? 1 : form.seed,
    draws: form.draws === '' ? 1 : form.draws,
    ...(form.maxCustomers === '' ? {} : { maxCustomers: form.maxCustomers }),
  });
  if (!parsed.success) collect(parsed.error.issues, errors);
  return Object.keys(errors).length > 0 || !parsed.success ? ({ ok: false, errors } as const) : ({ ok: true, request: parsed.data } as const);
}

/** The update request: an emptied sample size goes back to every customer (null). */
export function checkUpdate(scenarioId: number, form: ScenarioForm, t: ScenariosT = englishScenariosT) {
  const errors = emptyFieldErrors(form, t);
  const parsed = scenarioUpdateSchema.safeParse({
    scenarioId,
    name: form.name,
    seed: form.seed === '' ? 1 : form.seed,
    draws: form.draws === '' ? 1 : form.draws,
    maxCustomers: form.maxCustomers === '' ? null : form.maxCustomers,
  });
  if (!parsed.success) collect(parsed.error.issues, errors);
  return Object.keys(errors).length > 0 || !parsed.success ? ({ ok: false, errors } as const) : ({ ok: true, request: parsed.data } as const);
}

/** "Base plan (copy)", or "(copy 2)" and on while that name is taken. */
export function copyName(name: string, taken: readonly string[]): string {
  const stem = name.replace(/ \(copy(?: \d+)?\)$/, '');
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const candidate = `${stem} (copy${n === 1 ? '' : ` ${n}`})`.slice(-80);
    if (!used.has(candidate)) return candidate;
  }
}

/** A name for a new scenario that is not taken yet: "Scenario 3". */
export function nextScenarioName(taken: readonly string[]): string {
  const used = new Set(taken);
  for (let n = taken.length + 1; ; n++) if (!used.has(`Scenario ${n}`)) return `Scenario ${n}`;
}

/**
 * The job a request started: one that did not exist when it was sent and whose label says what
 * it is ("Running scenario …", "Sensitivity of …"), should another job start at the same moment.
 */
export function findNewJob(jobs: readonly DisplayedJob[], knownJobIds: ReadonlySet<string>, label: RegExp): DisplayedJob | null {
  return jobs.find((job) => !knownJobIds.has(job.id) && label.test(job.label)) ?? null;
}

/**
 * The sample an analysis (sensitivity, goal seek) runs on: the backend's own default (20,000
 * customers) unless the scenario itself is run on fewer, when the analysis uses its sample too
 * rather than simulating more customers than the scenario does.
 */
export const ANALYSIS_DEFAULT_CUSTOMERS = 20_000;
export function analysisSample(scenario: Pick<ScenarioSummary, 'maxCustomers'> | undefined): { maxCustomers?: number } {
  const own = scenario?.maxCustomers ?? null;
  return own !== null && own < ANALYSIS_DEFAULT_CUSTOMERS ? { maxCustomers: own } : {};
}
