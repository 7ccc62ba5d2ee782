import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../../../shared/simulation/explainResults';
import { createFormatters } from '../../format/formatters';
import { i18next } from '../../i18n/i18n';
import { explanationText } from './explanationText';
import type { SimulationT } from './simulationText';

const every: Explanation[] = [
  { code: 'segmentNegative', segment: 'Occasional', figure: 'revenue', amount: -1234, mechanics: ['promotionPullForward', 'tierDemotion', 'spendPerVisit', 'drawSpread'], promotions: ['Spring', 'Christmas'] },
  { code: 'segmentNegative', segment: 'Loyal', figure: 'purchases', amount: -12.4, mechanics: ['drawSpread'], promotions: [] },
  { code: 'weekDip', week: 14, amount: -5000, mechanic: 'promotionPullForward', promotion: 'Spring' },
  { code: 'weekDip', week: 0, amount: -700, mechanic: 'tierDemotion', promotion: null },
  { code: 'costAboveRevenue', cost: 300_000, incrementalRevenue: 200_000, largest: 'liability', largestAmount: 120_000 },
  { code: 'breakEvenAbovePlan', breakEven: 0.05, achieved: 0.01, largest: 'fixed', largestAmount: 90_000 },
];

describe('explanations in words', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`says every code in ${lang}, with its figures and no key left untranslated`, () => {
      const t = i18next.getFixedT(lang, 'simulation') as SimulationT;
      const format = createFormatters(lang === 'en' ? 'en-GB' : 'es-ES', 'EUR');
      const texts = every.map((e) => explanationText(e, t, format));
      for (const text of texts) expect(text).not.toMatch(/explain\.|{{|undefined/);
      expect(texts[0]).toContain('Occasional');
      expect(texts[0]).toContain('Spring, Christmas');
      expect(texts[0]).toContain(format.currency(1234));
      expect(texts[1]).toContain('12');
      // Weeks are counted from 1, as on the charts.
      expect(texts[2]).toMatch(/15/);
      expect(texts[3]).toMatch(/ 1:/);
      expect(texts[4]).toContain(format.currency(120_000));
      expect(texts[5]).toContain(format.percent(0.05));
      expect(new Set(texts).size).toBe(texts.length);
    });
  }

  it('speaks Spanish in Spanish', () => {
    const t = i18next.getFixedT('es', 'simulation') as SimulationT;
    expect(explanationText(every[2]!, t, createFormatters('es-ES', 'EUR'))).toMatch(/^Semana 15:/);
  });
});
