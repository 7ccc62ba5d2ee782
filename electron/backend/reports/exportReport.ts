import { BackendError } from '../../../shared/contract/errors';
import type { Locale, ReportFormat } from '../../../shared/contract/scenarioSchemas';
import type { ScenarioSummary } from '../../../shared/domain/scenarios';
import type { SimulationRun } from '../../../shared/contract/methods';
import type { Plan } from '../../../shared/plan/planSchema';

/** Everything a report is made from: the scenario, its plan and its latest run. */
export interface ReportInput {
  scenario: ScenarioSummary;
  plan: Plan;
  run: SimulationRun;
  locale: Locale;
  /** When the report is made (ISO), printed on its cover. */
  generatedAt: string;
}

/** The report's file as bytes. (Being built: PDF, PowerPoint and Excel writers.) */
export async function buildReport(input: ReportInput, format: ReportFormat): Promise<Buffer> {
  throw new BackendError('bad-input', `${format.toUpperCase()} reports of "${input.scenario.name}" are not available in this build yet.`, null);
}
