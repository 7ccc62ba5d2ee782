import { describe, expect, it } from 'vitest';
import { scenarioResultsFixture } from '../../charts/scenarioFixtures';
import { simulationResultsFixture } from '../../charts/simulationFixtures';
import { i18next } from '../../i18n/i18n';
import { englishScenariosT } from './scenariosText';
import { splitStale, staleReasonsText, statusExplanation } from './staleness';

const spanishT = i18next.getFixedT('es', 'scenarios');

describe('scenario staleness in words', () => {
  it('names every reason, joined as each language joins a list', () => {
    const scenario = { status: 'stale' as const, staleBecause: ['segmentation' as const, 'models' as const, 'plan' as const] };
    expect(staleReasonsText(scenario, englishScenariosT, 'en')).toBe('customers segmented again, value models fitted again, and plan edited');
    expect(staleReasonsText(scenario, spanishT, 'es')).toBe('clientes segmentados de nuevo, modelos de valor reajustados y plan modificado');
    expect(statusExplanation(scenario, englishScenariosT, 'en')).toMatch(/^Since the last run: customers segmented again, .*run it again/);
  });

  it('explains each status, and a run made before runs recorded their inputs', () => {
    expect(statusExplanation({ status: 'up-to-date', staleBecause: [] }, englishScenariosT, 'en')).toMatch(/read exactly what/);
    expect(statusExplanation({ status: 'never-run', staleBecause: [] }, spanishT, 'es')).toMatch(/aún no se ha simulado/);
    expect(statusExplanation({ status: 'stale', staleBecause: ['unrecorded'] }, englishScenariosT, 'en')).toMatch(/earlier version/);
  });
});

describe('the comparison', () => {
  it('holds back stale runs and keeps current and never-run scenarios, in their order', () => {
    const fresh = scenarioResultsFixture({ scenarioId: 1, name: 'Fresh' }, simulationResultsFixture());
    const stale = scenarioResultsFixture({ scenarioId: 2, name: 'Stale', status: 'stale', staleBecause: ['segmentation'] }, simulationResultsFixture());
    const unrun = scenarioResultsFixture({ scenarioId: 3, name: 'Not run', lastRun: null, status: 'never-run' }, null);
    const split = splitStale([stale, fresh, unrun]);
    expect(split.compared.map((s) => s.scenario.name)).toEqual(['Fresh', 'Not run']);
    expect(split.stale.map((s) => s.scenario.name)).toEqual(['Stale']);
  });
});
