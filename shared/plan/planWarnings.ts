import type { SimulationResults } from '../simulation/results';

/**
 * A break-even sales lift above this (100%: sales would have to double) is beyond anything a
 * loyalty programme is known to do: a typical grocer's programme needs about +5% (McKinsey,
 * "Making loyalty pay"), and the measured incentive-driven share of sales is under 2%
 * (Nastasoiu et al. 2021). Such a plan's costs are out of scale with the base — the usual cause
 * is fixed costs meant for a large retailer kept on a small store.
 */
export const BREAK_EVEN_LIFT_LIMIT = 1;

/** True when the plan needs more than the limit's lift to pay for itself (null: no lift can; see breakEvenSalesLift). */
export function breakEvenBeyondReach(lift: number | null): boolean {
  return lift !== null && lift > BREAK_EVEN_LIFT_LIMIT;
}

/**
 * The run's warning when its break-even sales lift is beyond reach, or when the rewards cost
 * more than the margin in most draws (so no lift pays). Run warnings are English sentences today,
 * as the others the engine and the workspace input write; they move to codes with the rest.
 */
export function breakEvenRunWarning(results: Pick<SimulationResults, 'kpis' | 'draws'>): string | null {
  const kpi = results.kpis.find((k) => k.key === 'breakEvenSalesLift');
  if (!kpi) return null;
  if (breakEvenBeyondReach(kpi.headline)) {
    return `To pay for itself the plan needs sales to rise by ${Math.round(kpi.headline! * 100).toLocaleString('en')}%, beyond any published programme effect (a typical grocer's programme needs about +5%): its costs are out of scale with this customer base. Lower the fixed costs (launch, platform, staff) or the rewards.`;
  }
  if (kpi.headline === null && kpi.drawsWithValue * 2 < results.draws) {
    return 'The rewards cost more than the gross margin they are earned on, so no sales lift can pay for the plan. Lower the rewards or raise the margin.';
  }
  return null;
}
