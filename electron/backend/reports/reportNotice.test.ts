import { describe, expect, it } from 'vitest';
import type { ScenarioSummary } from '../../../shared/domain/scenarios';
import { reportNotice } from './staleNotice';

const scenario = (status: ScenarioSummary['status'], staleBecause: ScenarioSummary['staleBecause'] = []): ScenarioSummary => ({ status, staleBecause }) as unknown as ScenarioSummary;

describe('the notice of a report made from a run in another currency', () => {
  it('says nothing when the run is in the workspace currency, or when the caller does not say the workspace currency', () => {
    expect(reportNotice({ scenario: scenario('up-to-date'), locale: 'en', runCurrency: 'USD', workspaceCurrency: 'USD' })).toBeNull();
    expect(reportNotice({ scenario: scenario('up-to-date'), locale: 'en', runCurrency: 'EUR' })).toBeNull();
  });

  it('says the run is in its own currency, unconverted, in both languages', () => {
    expect(reportNotice({ scenario: scenario('up-to-date'), locale: 'en', runCurrency: 'EUR', workspaceCurrency: 'USD' })).toEqual({
      title: 'Another currency',
      text: "This run's figures are in EUR, the currency of its plan when it was run; the workspace is now in USD. Nothing is converted: the scenario runs again only once its plan's currency is set to USD.",
    });
    expect(reportNotice({ scenario: scenario('up-to-date'), locale: 'es', runCurrency: 'EUR', workspaceCurrency: 'MXN' })?.text).toMatch(/^Las cifras de esta simulación están en EUR.*ahora en MXN/);
  });

  it('adds it to the stale notice when the run is out of date as well', () => {
    const notice = reportNotice({ scenario: scenario('stale', ['plan']), locale: 'en', runCurrency: 'EUR', workspaceCurrency: 'USD' })!;
    expect(notice.title).toBe('Out of date');
    expect(notice.text).toMatch(/^Since this run, the plan was edited\..* This run's figures are in EUR/);
  });
});
