import type { GoalSeekLever } from '../contract/scenarioSchemas';
import type { Plan } from './planSchema';

/**
 * Where each goal-seek lever sits in a plan: how to read it and how to write a value into it.
 * The search varies a plan through these, and "apply" writes the value found through the same
 * function, so the plan saved is the plan that was evaluated (the backend's search,
 * electron/backend/scenarios/scenarioAnalysis.ts, adds only each lever's range).
 */
export interface LeverPlace {
  /** The plan path the lever writes ("earning.pointsPerCurrencyUnit", "promotions.*.pointsMultiplier"). */
  path: string;
  integer: boolean;
  get(plan: Plan): number;
  set(plan: Plan, value: number): Plan;
}

const byThreshold = (plan: Plan) => [...plan.rewards.catalogue].sort((a, b) => a.points - b.points);

export const LEVER_PLACES: Readonly<Record<GoalSeekLever, LeverPlace>> = {
  pointsPerCurrencyUnit: {
    path: 'earning.pointsPerCurrencyUnit',
    integer: false,
    get: (p) => p.earning.pointsPerCurrencyUnit,
    set: (p, v) => ({ ...p, earning: { ...p.earning, pointsPerCurrencyUnit: v } }),
  },
  pointValueCurrency: {
    path: 'earning.pointValueCurrency',
    integer: false,
    get: (p) => p.earning.pointValueCurrency,
    // The catalogue's reward values follow the point value, so a reward stays worth its points.
    set: (p, v) => ({
      ...p,
      earning: { ...p.earning, pointValueCurrency: v },
      rewards: { ...p.rewards, catalogue: p.rewards.catalogue.map((c) => ({ ...c, rewardValueCurrency: c.points * v })) },
    }),
  },
  rewardThresholdPoints: {
    path: 'rewards.catalogue.0.points',
    integer: true,
    get: (p) => byThreshold(p)[0]!.points,
    // The first reward's threshold moves and the others keep their ratio to it; values stay, so a higher threshold gives back less.
    set: (p, v) => {
      const sorted = byThreshold(p);
      const scale = Math.round(v) / sorted[0]!.points;
      return { ...p, rewards: { ...p.rewards, catalogue: sorted.map((c) => ({ ...c, points: Math.max(1, Math.round(c.points * scale)) })) } };
    },
  },
  promotionMultiplier: {
    path: 'promotions.*.pointsMultiplier',
    integer: false,
    get: (p) => Math.max(1, ...p.promotions.map((x) => x.pointsMultiplier)),
    set: (p, v) => ({ ...p, promotions: p.promotions.map((x) => ({ ...x, pointsMultiplier: v })) }),
  },
};

/**
 * The value goal seek's answer is written as. A continuous value is kept to four significant
 * figures: the search stops within about 1% of the lever, so further digits only make the plan
 * harder to read; a whole-number lever is rounded as the search rounded it.
 */
export function leverValueToWrite(lever: GoalSeekLever, value: number): number {
  return LEVER_PLACES[lever].integer ? Math.round(value) : Number(value.toPrecision(4));
}

/** The plan with goal seek's value written in (see leverValueToWrite). */
export function applyLever(plan: Plan, lever: GoalSeekLever, value: number): { plan: Plan; value: number } {
  const written = leverValueToWrite(lever, value);
  return { plan: LEVER_PLACES[lever].set(plan, written), value: written };
}
