import type { Locale } from '../../../shared/contract/scenarioSchemas';
import type { ScenarioSummary, StaleReason } from '../../../shared/domain/scenarios';

type Changed = Exclude<StaleReason, 'unrecorded'>;

/**
 * The first-page notice of a report made from a stale run, in both languages: the three reports
 * print it where a reader starts (the PDF's cover, the deck's title slide, the workbook's first
 * row), so an old run is never presented as the workspace's current figures — an old run's own
 * warnings (say, "the customers are not segmented yet") are then read as what they are.
 */
const WORDS: Record<Locale, { title: string; since: (changes: string) => string; unrecorded: string; changed: Record<Changed, string> }> = {
  en: {
    title: 'Out of date',
    since: (changes) => `Since this run, ${changes}. Its figures describe the workspace as it was then, not as it is now: run the scenario again before relying on them.`,
    unrecorded: 'This run was made by an earlier version of Loyalty Workbench that did not record what it read, so it cannot be shown to match the workspace as it is now: run the scenario again before relying on its figures.',
    changed: {
      customers: 'customers were added',
      transactions: 'the transactions changed',
      attributes: 'the customers’ CRM attributes changed',
      models: 'the customer-value models were fitted again',
      segmentation: 'the customers were segmented again',
      lifecycle: 'the lifecycle rules changed',
      plan: 'the plan was edited',
      settings: 'the scenario’s settings changed (seed, draws or sample)',
    },
  },
  es: {
    title: 'Desactualizado',
    since: (changes) => `Desde esta simulación, ${changes}. Sus cifras describen el espacio de trabajo tal como estaba entonces, no como está ahora: vuelva a simular el escenario antes de basarse en ellas.`,
    unrecorded: 'Esta simulación se hizo con una versión anterior de Loyalty Workbench que no registraba lo que leía, así que no puede comprobarse que corresponda al espacio de trabajo actual: vuelva a simular el escenario antes de basarse en sus cifras.',
    changed: {
      customers: 'se añadieron clientes',
      transactions: 'cambiaron las transacciones',
      attributes: 'cambiaron los atributos CRM de los clientes',
      models: 'se volvieron a ajustar los modelos de valor del cliente',
      segmentation: 'se volvió a segmentar a los clientes',
      lifecycle: 'cambiaron las reglas del ciclo de vida',
      plan: 'se modificó el plan',
      settings: 'cambió la configuración del escenario (semilla, extracciones o muestra)',
    },
  },
};

/** The notice's title and text for a stale scenario's report, or null when its run is up to date. */
export function staleNotice(scenario: ScenarioSummary, locale: Locale): { title: string; text: string } | null {
  if (scenario.status !== 'stale') return null;
  const w = WORDS[locale];
  if (scenario.staleBecause.includes('unrecorded')) return { title: w.title, text: w.unrecorded };
  const changes = scenario.staleBecause.filter((r): r is Changed => r !== 'unrecorded').map((r) => w.changed[r]);
  return { title: w.title, text: w.since(new Intl.ListFormat(locale, { type: 'conjunction' }).format(changes)) };
}

/** The sentence of a run made in another currency than the workspace's is now in (its figures stay in the run's). */
const CURRENCY_WORDS: Record<Locale, { title: string; text: (run: string, workspace: string) => string }> = {
  en: {
    title: 'Another currency',
    text: (run, workspace) =>
      `This run's figures are in ${run}, the currency of its plan when it was run; the workspace is now in ${workspace}. Nothing is converted: the scenario runs again only once its plan's currency is set to ${workspace}.`,
  },
  es: {
    title: 'Otra moneda',
    text: (run, workspace) =>
      `Las cifras de esta simulación están en ${run}, la moneda de su plan cuando se simuló; el espacio de trabajo está ahora en ${workspace}. No se convierte nada: el escenario solo vuelve a simularse cuando la moneda de su plan sea ${workspace}.`,
  },
};

/**
 * The first-page notice of a report: the stale notice, and a word when the run's currency is no
 * longer the workspace's (a run made before the workspace's currency was changed). Absent
 * workspaceCurrency (a caller that does not pass it) says nothing of the currency.
 */
export function reportNotice(input: { scenario: ScenarioSummary; locale: Locale; runCurrency: string; workspaceCurrency?: string | undefined }): { title: string; text: string } | null {
  const stale = staleNotice(input.scenario, input.locale);
  const { workspaceCurrency, runCurrency } = input;
  if (workspaceCurrency === undefined || workspaceCurrency === runCurrency) return stale;
  const words = CURRENCY_WORDS[input.locale];
  const currency = words.text(runCurrency, workspaceCurrency);
  return stale ? { title: stale.title, text: `${stale.text} ${currency}` } : { title: words.title, text: currency };
}
