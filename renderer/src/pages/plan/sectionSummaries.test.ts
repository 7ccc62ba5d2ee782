import { describe, expect, it } from 'vitest';
import { basicPlan, fullPlan } from '../../../../shared/plan/defaultPlans';
import { planToDraft, SECTIONS } from './planForm';
import { sectionSummary } from './sectionSummaries';
import { i18next } from '../../i18n/i18n';

describe('section summaries', () => {
  it('reads the full plan section by section', () => {
    const draft = planToDraft(fullPlan());
    expect(sectionSummary(draft, 'earning')).toBe('1 pt per EUR · a point is worth 0.01 EUR');
    expect(sectionSummary(draft, 'promotions')).toBe('2× Double points spring · 3× Triple points Christmas');
    expect(sectionSummary(draft, 'tiers')).toBe('Blue · Silver · Gold');
    expect(sectionSummary(draft, 'expiry')).toBe('Rolling, 24 months');
  });

  it('says "None" or "Off" for the mechanics the basic plan leaves out, and copes with empty fields', () => {
    const draft = planToDraft(basicPlan());
    expect(sectionSummary(draft, 'bonuses')).toBe('None');
    expect(sectionSummary(draft, 'tiers')).toBe('Off');
    draft.earning.pointsPerCurrencyUnit = '';
    expect(sectionSummary(draft, 'earning')).toMatch(/^\? pt per EUR/);
    for (const [id] of SECTIONS) expect(sectionSummary(draft, id).length).toBeGreaterThan(0);
  });
});

describe('section summaries in Spanish', () => {
  it('reads in Spanish with decimal commas', () => {
    const draft = planToDraft(fullPlan());
    const t = i18next.getFixedT('es', 'plan');
    expect(sectionSummary(draft, 'earning', t, 'es-ES')).toBe('1 pt por EUR · un punto vale 0,01 EUR');
    expect(sectionSummary(draft, 'expiry', t, 'es-ES')).toBe('Por antigüedad, 24 meses');
  });
});
