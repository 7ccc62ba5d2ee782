import type { ScenarioResults, ScenarioSummary } from '../../../../shared/domain/scenarios';
import type { ScenariosT } from './scenariosText';

/** Why a scenario's run is out of date, in words: "customers segmented again and plan edited". */
export function staleReasonsText(scenario: Pick<ScenarioSummary, 'staleBecause'>, t: ScenariosT, language: string): string {
  const words = scenario.staleBecause.map((reason) => t(`staleness.because.${reason}`));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(words);
}

/** The sentence a status badge's tooltip gives: what the status means for this scenario. */
export function statusExplanation(scenario: Pick<ScenarioSummary, 'status' | 'staleBecause'>, t: ScenariosT, language: string): string {
  if (scenario.status === 'never-run') return t('staleness.neverRunWhy');
  if (scenario.status === 'up-to-date') return t('staleness.upToDateWhy');
  if (scenario.staleBecause.includes('unrecorded')) return t('staleness.unrecordedWhy');
  return t('staleness.staleWhy', { reasons: staleReasonsText(scenario, t, language) });
}

/**
 * The comparison takes only runs that stand for the data as it is now: a stale run set beside a
 * current one would mix the plans' effects with whatever changed in between (another
 * segmentation, other transactions). Stale ones are held back, to be named with their reasons;
 * scenarios never run stay in (their columns say so), as before.
 */
export function splitStale(scenarios: readonly ScenarioResults[]): { compared: ScenarioResults[]; stale: ScenarioResults[] } {
  const stale = scenarios.filter((s) => s.run !== null && s.scenario.status === 'stale');
  return { compared: scenarios.filter((s) => !stale.includes(s)), stale };
}
