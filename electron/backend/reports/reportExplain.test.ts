import { describe, expect, it } from 'vitest';
import { fullPlan } from '../../../shared/plan/defaultPlans';
import { demoInput } from '../../../shared/simulation/demoPopulation';
import { inProcessHooks, runSimulation } from '../../../shared/simulation/runSimulation';
import { explanationSection, notesSheetContent, pointValueNote, reportPointValuation } from './reportExplain';
import { reportFormat } from './reportFormat';

describe("the reports' point value and explanations", async () => {
  const plan = fullPlan();
  const results = await runSimulation(demoInput(plan, 2_000, 11, 1), inProcessHooks);

  it("states the run's value and cost per point and the liability they give, in both languages", () => {
    const { valuation, stillExpectedPoints, liabilityEnd } = reportPointValuation(results, plan);
    expect(valuation.basis).toBe('run');
    expect(liabilityEnd).toBeCloseTo(stillExpectedPoints * valuation.costPerPointCurrency, 6);
    const en = pointValueNote(results, plan, reportFormat('en', 'EUR'), 'en');
    const es = pointValueNote(results, plan, reportFormat('es', 'EUR'), 'es');
    const fourDigits = (v: number, tag: string) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(v);
    expect(en.text).toContain(fourDigits(valuation.valuePerPointCurrency, 'en-GB'));
    expect(en.text).toContain(fourDigits(valuation.costPerPointCurrency, 'en-GB'));
    expect(en.text).toContain('€0.0100'); // the nominal value it is set against
    expect(en.text).toContain(reportFormat('en', 'EUR').money(liabilityEnd));
    expect(en.text).toContain('burn partners');
    expect(es.title).toBe('Valor y coste de un punto (NIIF 15)');
    expect(es.text).toContain(fourDigits(valuation.costPerPointCurrency, 'es-ES'));
    expect(es.text).toContain(reportFormat('es', 'EUR').money(liabilityEnd));
  });

  it('puts every explanation into a sentence in each language, and the notes sheet holds them all', () => {
    const section = explanationSection(results, plan, reportFormat('en', 'EUR'), 'en');
    const sheet = notesSheetContent(results, plan, reportFormat('es', 'EUR'), 'es');
    expect(sheet.name).toBe('Notas');
    expect(sheet.rows.length).toBe(1 + (section?.sentences.length ?? 0));
    for (const [, text] of sheet.rows) expect(text).not.toMatch(/undefined|NaN|\{\{/);
    for (const text of section?.sentences ?? []) expect(text).not.toMatch(/undefined|NaN/);
  });
});
