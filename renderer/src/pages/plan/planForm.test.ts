import { describe, expect, it } from 'vitest';
import { basicPlan, fullPlan } from '../../../../shared/plan/defaultPlans';
import { checkDraft, errorUnder, fieldName, isDirty, percentToShare, planFileName, planToDraft, readPlanFile, sectionOf, shareToPercent } from './planForm';

describe('checking the draft', () => {
  it('accepts the templates as they are', () => {
    const checked = checkDraft(planToDraft(fullPlan()));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.plan).toEqual(fullPlan());
  });

  it('names an empty number field plainly, by its path and section', () => {
    const draft = planToDraft(basicPlan());
    draft.earning.pointValueCurrency = '';
    const checked = checkDraft(draft);
    expect(checked.ok).toBe(false);
    expect(checked.errors['earning.pointValueCurrency']).toBe('Enter a number.');
    expect(checked.problems).toEqual([{ path: 'earning.pointValueCurrency', section: 'earning', field: 'point value', message: 'Enter a number.' }]);
  });

  it("keeps the schema's own messages (reward mix, rising tiers, distribution order)", () => {
    const draft = planToDraft(fullPlan());
    draft.earning.rewardMix.cashLike = 0.9;
    draft.tiers.levels[2]!.qualifyingSpendCurrency = 100;
    draft.behaviour.goalGradientUplift.dist = { kind: 'triangular', low: 0.3, mode: 0.1, high: 0.2 };
    const { errors } = checkDraft(draft);
    expect(errors['earning.rewardMix']).toMatch(/add up to 100%/);
    expect(errors['tiers.levels']).toMatch(/rise/);
    expect(errorUnder(errors, 'behaviour.goalGradientUplift')).toMatch(/low ≤ most likely ≤ high/);
    expect(errorUnder(errors, 'behaviour.memberDropoutReduction')).toBeUndefined();
  });

  it('refuses two rows for the same segment, or the same segment and channel', () => {
    const draft = planToDraft(fullPlan());
    draft.enrolment.rateBySegment.push(structuredClone(draft.enrolment.rateBySegment[0]!));
    draft.communication.contacts.push(structuredClone(draft.communication.contacts[0]!));
    const checked = checkDraft(draft);
    expect(checked.ok).toBe(false);
    expect(checked.errors['enrolment.rateBySegment.1.segment']).toMatch(/has a row already|has two rows/);
    expect(checked.errors['communication.contacts.3.channel']).toMatch(/already has a row|Two contact rows/);
  });

  it('names a field in words for the problem list', () => {
    expect(fieldName('earning.pointValueCurrency')).toBe('point value');
    expect(fieldName('promotions.1.upliftShare.dist')).toBe('promotion 2, uplift share');
    expect(fieldName('enrolment.rateBySegment.0.value.dist')).toBe('rate by segment row 1');
    expect(fieldName('costs.launchCurrency')).toBe('costs launch');
    expect(fieldName('tiers.levels')).toBe('levels');
    expect(fieldName('horizonWeeks')).toBe('horizon weeks');
  });

  it('files the plan-wide fields and the costs under General', () => {
    expect(sectionOf('name')).toBe('general');
    expect(sectionOf('costs.launchCurrency')).toBe('general');
    expect(sectionOf('promotions.1.upliftShare.dist')).toBe('promotions');
  });
});

describe('form helpers', () => {
  it('shows shares as percent without binary noise, and back', () => {
    expect(shareToPercent(0.07)).toBe(7);
    expect(shareToPercent(0.001)).toBe(0.1);
    expect(percentToShare(35)).toBe(0.35);
    expect(shareToPercent('')).toBe('');
    expect(percentToShare('')).toBe('');
  });

  it('tells a changed draft from the saved plan', () => {
    const plan = basicPlan();
    const draft = planToDraft(plan);
    expect(isDirty(draft, plan)).toBe(false);
    draft.name = 'Changed';
    expect(isDirty(draft, plan)).toBe(true);
    expect(isDirty(planToDraft(plan), null)).toBe(true);
  });

  it('suggests a file name from the plan name', () => {
    expect(planFileName('Basic 1% plan')).toBe('basic-1-plan.plan.json');
    expect(planFileName('Plan été 2026')).toBe('plan-ete-2026.plan.json');
    expect(planFileName('***')).toBe('plan.plan.json');
  });
});

describe('reading a plan file', () => {
  it('reads an exported plan back', () => {
    const read = readPlanFile(JSON.stringify(fullPlan(), null, 2));
    expect(read).toEqual({ ok: true, plan: fullPlan() });
  });

  it('says when the file is not JSON', () => {
    const read = readPlanFile('{ not json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatch(/^The file is not JSON/);
  });

  it('lists each problem with its path', () => {
    const plan = fullPlan() as unknown as Record<string, Record<string, unknown>>;
    plan.earning!.pointValueCurrency = 0;
    plan.expiry!.rule = 'sometimes';
    const read = readPlanFile(JSON.stringify(plan));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems.some((p) => p.startsWith('earning.pointValueCurrency: '))).toBe(true);
      expect(read.problems.some((p) => p.startsWith('expiry.rule: '))).toBe(true);
    }
  });
});

describe('field names in Spanish', () => {
  it('name a field and its row in the interface language', async () => {
    const { i18next } = await import('../../i18n/i18n');
    const t = i18next.getFixedT('es', 'plan');
    expect(fieldName('earning.pointValueCurrency', t)).toBe('valor del punto');
    expect(fieldName('promotions.1.upliftShare.dist', t)).toBe('promoción 2, incremento');
    expect(fieldName('enrolment.rateBySegment.0.value.dist', t)).toBe('tasa por segmento fila 1');
  });
});
