import { assumptionSchema, centralValue, valueRange, type Assumption, type Distribution } from '../../../../shared/plan/assumption';
import { basicPlan, fullPlan, SOURCES } from '../../../../shared/plan/defaultPlans';
import type { Plan } from '../../../../shared/plan/planSchema';
import type { Draft } from './planForm';

/**
 * What new rows start from and what "reset to default" restores. Every figure comes from the
 * templates in shared/plan/defaultPlans.ts (the full plan has every mechanic), so the designer
 * never invents a default of its own.
 */
type Row<K extends keyof Plan> = Plan[K] extends readonly (infer U)[] ? U : never;

const full = fullPlan();
const first = <T>(items: readonly T[]): T => structuredClone(items[0]!);

export function newPromotion(name = 'New promotion'): Row<'promotions'> {
  return { ...first(full.promotions), name };
}

export function newPrivilege(name = 'New privilege'): Row<'privileges'> {
  return { ...first(full.privileges), name, appliesTo: ['*'] };
}

export function newPartner(name = 'New partner'): Row<'partners'> {
  return { ...first(full.partners), name };
}

export function newContactRow(): Plan['communication']['contacts'][number] {
  return first(full.communication.contacts);
}

export function newReward(catalogue: readonly { points: number | ''; rewardValueCurrency: number | '' }[]): Plan['rewards']['catalogue'][number] {
  // The next step up: twice the last threshold for twice its value, a common catalogue ladder.
  const last = catalogue[catalogue.length - 1];
  const points = last && typeof last.points === 'number' ? last.points * 2 : 500;
  const value = last && typeof last.rewardValueCurrency === 'number' ? last.rewardValueCurrency * 2 : 5;
  return { points, rewardValueCurrency: value };
}

export function newTierLevel(levels: readonly { qualifyingSpendCurrency: number | '' }[]): Plan['tiers']['levels'][number] {
  const model = full.tiers.levels[full.tiers.levels.length - 1]!;
  const top = levels.reduce((m, l) => Math.max(m, typeof l.qualifyingSpendCurrency === 'number' ? l.qualifyingSpendCurrency : 0), 0);
  return { name: `Tier ${levels.length + 1}`, qualifyingSpendCurrency: top > 0 ? top * 2 : 600, earnMultiplier: model.earnMultiplier, dropoutReduction: { ...structuredClone(model.dropoutReduction), source: SOURCES.tierRetention } };
}

// Per-segment rows all default to the template's "*" row, whatever their position.
const PER_SEGMENT = new Set(['enrolment.rateBySegment', 'rewards.redemptionPropensityBySegment']);

const ROW_TEMPLATES: Readonly<Record<string, () => unknown>> = {
  promotions: newPromotion,
  privileges: newPrivilege,
  'communication.contacts': newContactRow,
  'tiers.levels': () => newTierLevel([]),
};

/**
 * The default assumption at a draft path ("behaviour.goalGradientUplift", "promotions.3.upliftShare"):
 * the full template's figure at the same place; a row the template does not have takes the new-row
 * template's. Null where there is no assumption.
 */
export function defaultAssumptionAt(path: readonly (string | number)[]): Assumption | null {
  let node: unknown = full;
  let walked: string[] = [];
  for (const step of path) {
    if (Array.isArray(node)) {
      const listPath = walked.join('.');
      const index = PER_SEGMENT.has(listPath) ? 0 : Number(step);
      node = index < node.length ? node[index] : ROW_TEMPLATES[listPath]?.();
    } else if (node !== null && typeof node === 'object') {
      node = (node as Record<string, unknown>)[String(step)];
    } else {
      return null;
    }
    walked = [...walked, String(step)];
  }
  const parsed = assumptionSchema.safeParse(node);
  return parsed.success ? parsed.data : null;
}

/** The basic template's per-segment defaults, for a plan that lost its "*" row. */
export const DEFAULT_SEGMENT_ROW = {
  enrolment: basicPlan().enrolment.rateBySegment[0]!,
  redemption: basicPlan().rewards.redemptionPropensityBySegment[0]!,
};

const num = (x: number | ''): number => (x === '' ? 0 : x);

function toNumbers(d: Draft<Distribution>): Distribution {
  switch (d.kind) {
    case 'fixed':
      return { kind: 'fixed', value: num(d.value) };
    case 'uniform':
      return { kind: 'uniform', low: num(d.low), high: num(d.high) };
    case 'triangular':
      return { kind: 'triangular', low: num(d.low), mode: num(d.mode), high: num(d.high) };
    case 'normal':
      return { kind: 'normal', mean: num(d.mean), sd: num(d.sd), low: num(d.low), high: num(d.high) };
  }
}

const tidy = (x: number): number => Number(x.toPrecision(10));

/**
 * Another kind of distribution around the same most likely value and range, so switching kinds
 * does not throw the user's figures away. A point value widened to a range takes +-20% of it.
 * A normal takes a quarter of the range as its standard deviation and the range as its bounds.
 */
export function convertDistribution(draft: Draft<Distribution>, kind: Distribution['kind']): Distribution {
  const d = toNumbers(draft);
  const centre = centralValue(d);
  let [low, high] = d.kind === 'normal' ? [d.low, d.high] : valueRange(d);
  if (low === high) [low, high] = [tidy(centre - Math.abs(centre) * 0.2), tidy(centre + Math.abs(centre) * 0.2)];
  const mid = Math.min(high, Math.max(low, centre));
  switch (kind) {
    case 'fixed':
      return { kind, value: centre };
    case 'uniform':
      return { kind, low, high };
    case 'triangular':
      return { kind, low, mode: mid, high };
    case 'normal':
      return { kind, mean: mid, sd: tidy((high - low) / 4), low, high };
  }
}
