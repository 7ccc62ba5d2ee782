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
  /**
   * The workspace's currency now. Every run the app makes is in it (a plan in another currency is
   * refused), so a run in another was made before the currency changed: the report says so.
   */
  workspaceCurrency?: string;
  /** When the report is made (ISO), printed on its cover. */
  generatedAt: string;
}

/**
 * The report's file as bytes, made in Node alone (no browser, no Electron), so the desktop app,
 * the browser mode and the command line all write the same files.
 */
export async function buildReport(input: ReportInput, format: ReportFormat): Promise<Buffer> {
  // Each builder is loaded when a report of its kind is first made: the PDF, slide and workbook
  // libraries are a third of the command line's start, which every other command would pay.
  switch (format) {
    case 'pdf':
      return (await import('./pdfReport')).buildPdf(input);
    case 'pptx':
      return (await import('./pptxReport')).buildDeck(input);
    case 'xlsx':
      return (await import('./xlsxReport')).buildWorkbook(input);
  }
}
