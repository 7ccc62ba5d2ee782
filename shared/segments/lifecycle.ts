import { z } from 'zod';

/**
 * Lifecycle stage of each customer by rules a user can read and change. The rules are tried in
 * this order and the first that holds decides (so each customer has exactly one stage, and the
 * rule that placed them is kept to explain it):
 *
 *   1. win-back (lapsed)   no purchase for more than lapsedAfterDays
 *   2. acquisition (new)   first purchase at most newWithinDays ago
 *   3. at risk             probability alive below atRiskBelowProbabilityAlive (when given), or
 *                          a repeat buyer with no purchase for more than atRiskGapMultiple × their
 *                          mean days between purchases, and more than atRiskMinGapDays
 *   4. development         at most developmentMaxPurchases purchases so far
 *   5. retention           everyone else: active repeat buyers within their usual rhythm
 *
 * Lapsed comes first because a long silence outweighs everything else; new comes before at
 * risk because a new customer has no rhythm yet to fall behind. One-time buyers who are neither
 * new nor lapsed are in development (the aim is their second purchase) unless a probability
 * alive says they are at risk.
 */
export const LIFECYCLE_STAGES = ['acquisition', 'development', 'retention', 'at-risk', 'win-back'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const LIFECYCLE_STAGE_LABELS: Readonly<Record<LifecycleStage, string>> = {
  acquisition: 'Acquisition (new)',
  development: 'Development',
  retention: 'Retention',
  'at-risk': 'Churn prevention (at risk)',
  'win-back': 'Win-back (lapsed)',
};

/** The rule that placed a customer. */
export const LIFECYCLE_REASONS = ['lapsed', 'new', 'at-risk-probability', 'at-risk-gap', 'few-purchases', 'active-repeat'] as const;
export type LifecycleReason = (typeof LIFECYCLE_REASONS)[number];

export const STAGE_OF_REASON: Readonly<Record<LifecycleReason, LifecycleStage>> = {
  lapsed: 'win-back',
  new: 'acquisition',
  'at-risk-probability': 'at-risk',
  'at-risk-gap': 'at-risk',
  'few-purchases': 'development',
  'active-repeat': 'retention',
};

const wholeDays = (what: string) =>
  z
    .number({ error: `${what} must be a number of days.` })
    .int(`${what} must be a whole number of days.`)
    .min(1, `${what} must be at least 1 day.`)
    .max(36500, `${what} must be at most 36,500 days (100 years).`);

export const lifecycleRulesSchema = z
  .object({
    /** Acquisition: first purchase at most this many days before the reference date. */
    newWithinDays: wholeDays('The window for new customers').default(90),
    /** Development: at most this many purchases so far. */
    developmentMaxPurchases: z
      .number({ error: 'The purchase count for development must be a number.' })
      .int('The purchase count for development must be a whole number.')
      .min(1, 'The purchase count for development must be at least 1.')
      .max(1000, 'The purchase count for development must be at most 1,000.')
      .default(2),
    /** At risk: no purchase for more than this multiple of the customer's mean days between purchases… */
    atRiskGapMultiple: z
      .number({ error: 'The at-risk multiple must be a number.' })
      .min(1, 'The at-risk multiple must be at least 1 (a customer is not late before their usual gap has passed).')
      .max(100, 'The at-risk multiple must be at most 100.')
      .default(2),
    /** …and for more than this many days, so customers who buy every few days are not flagged after a week. */
    atRiskMinGapDays: wholeDays('The shortest gap for at risk').default(30),
    /** At risk: probability alive (when the model gives it) below this. */
    atRiskBelowProbabilityAlive: z
      .number({ error: 'The probability-alive threshold must be a number.' })
      .gt(0, 'The probability-alive threshold must be above 0.')
      .lt(1, 'The probability-alive threshold must be below 1.')
      .default(0.5),
    /** Win-back: no purchase for more than this many days. */
    lapsedAfterDays: wholeDays('The days after which a customer is lapsed').default(365),
  })
  .strict()
  .refine((r) => r.newWithinDays < r.lapsedAfterDays, {
    message: 'The window for new customers must be shorter than the days after which a customer is lapsed.',
    path: ['newWithinDays'],
  })
  .refine((r) => r.atRiskMinGapDays < r.lapsedAfterDays, {
    message: 'The shortest gap for at risk must be shorter than the days after which a customer is lapsed.',
    path: ['atRiskMinGapDays'],
  });

/** The rules with every field filled in (the schema's output). */
export type LifecycleRules = z.infer<typeof lifecycleRulesSchema>;
/** The rules as a form or a file gives them (fields may be left out for their defaults). */
export type LifecycleRulesInput = z.input<typeof lifecycleRulesSchema>;

export const DEFAULT_LIFECYCLE_RULES: LifecycleRules = lifecycleRulesSchema.parse({});

/** One customer, as of the reference date. */
export interface LifecycleFacts {
  daysSinceFirstPurchase: number;
  daysSinceLastPurchase: number;
  purchaseCount: number;
  /** Mean days between consecutive purchases; ignored (may be NaN) when purchaseCount is 1. */
  meanInterPurchaseDays: number;
  /** From a customer-value model (e.g. BG/NBD P(alive)), when there is one. */
  probabilityAlive?: number;
}

/** Every customer, column by column. */
export interface LifecycleInput {
  daysSinceFirstPurchase: ArrayLike<number>;
  daysSinceLastPurchase: ArrayLike<number>;
  purchaseCount: ArrayLike<number>;
  meanInterPurchaseDays: ArrayLike<number>;
  probabilityAlive?: ArrayLike<number>;
}

/** The rule that places one customer. Throws a RangeError naming the problem for impossible facts. */
export function lifecycleReason(facts: LifecycleFacts, rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES): LifecycleReason {
  const problem = factsProblem(facts);
  if (problem) throw new RangeError(problem);
  if (facts.daysSinceLastPurchase > rules.lapsedAfterDays) return 'lapsed';
  if (facts.daysSinceFirstPurchase <= rules.newWithinDays) return 'new';
  if (facts.probabilityAlive !== undefined && facts.probabilityAlive < rules.atRiskBelowProbabilityAlive) return 'at-risk-probability';
  if (facts.purchaseCount >= 2 && facts.daysSinceLastPurchase > atRiskGapDays(facts, rules)) return 'at-risk-gap';
  if (facts.purchaseCount <= rules.developmentMaxPurchases) return 'few-purchases';
  return 'active-repeat';
}

/** Days without a purchase after which this repeat buyer counts as at risk. */
export function atRiskGapDays(facts: Pick<LifecycleFacts, 'meanInterPurchaseDays'>, rules: LifecycleRules): number {
  return Math.max(rules.atRiskGapMultiple * facts.meanInterPurchaseDays, rules.atRiskMinGapDays);
}

function factsProblem(f: LifecycleFacts): string | null {
  const days = (v: number, what: string) => (Number.isFinite(v) && v >= 0 ? null : `${what} must be 0 or more days (got ${v}).`);
  return (
    days(f.daysSinceFirstPurchase, 'Days since the first purchase') ??
    days(f.daysSinceLastPurchase, 'Days since the last purchase') ??
    (f.daysSinceLastPurchase > f.daysSinceFirstPurchase
      ? `The last purchase (${f.daysSinceLastPurchase} days ago) cannot be before the first (${f.daysSinceFirstPurchase} days ago).`
      : null) ??
    (Number.isInteger(f.purchaseCount) && f.purchaseCount >= 1 ? null : `The purchase count must be a whole number of at least 1 (got ${f.purchaseCount}).`) ??
    (f.purchaseCount >= 2 ? days(f.meanInterPurchaseDays, 'Mean days between purchases of a repeat buyer') : null) ??
    (f.probabilityAlive === undefined || (f.probabilityAlive >= 0 && f.probabilityAlive <= 1) ? null : `The probability alive must be between 0 and 1 (got ${f.probabilityAlive}).`)
  );
}

export interface LifecycleStageCount {
  stage: LifecycleStage;
  label: string;
  count: number;
  share: number;
}

export interface LifecycleAssignment {
  /** Index into LIFECYCLE_STAGES per customer. */
  stage: Uint8Array;
  /** Index into LIFECYCLE_REASONS per customer: the rule that placed them. */
  reason: Uint8Array;
  counts: LifecycleStageCount[];
}

/** Stages of all customers. A customer with impossible facts stops it with a RangeError naming the row. */
export function assignLifecycleStages(input: LifecycleInput, rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES): LifecycleAssignment {
  const n = input.daysSinceFirstPurchase.length;
  const lengths = [input.daysSinceLastPurchase.length, input.purchaseCount.length, input.meanInterPurchaseDays.length, input.probabilityAlive?.length ?? n];
  if (lengths.some((len) => len !== n)) throw new RangeError(`Lifecycle inputs differ in length (${[n, ...lengths].join(', ')}).`);
  const stage = new Uint8Array(n);
  const reason = new Uint8Array(n);
  const counts = new Int32Array(LIFECYCLE_STAGES.length);
  for (let i = 0; i < n; i++) {
    let r: LifecycleReason;
    try {
      r = lifecycleReason(factsAt(input, i), rules);
    } catch (e) {
      throw new RangeError(`Customer at row ${i}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const s = LIFECYCLE_STAGES.indexOf(STAGE_OF_REASON[r]);
    reason[i] = LIFECYCLE_REASONS.indexOf(r);
    stage[i] = s;
    counts[s]! += 1;
  }
  return {
    stage,
    reason,
    counts: LIFECYCLE_STAGES.map((s, j) => ({ stage: s, label: LIFECYCLE_STAGE_LABELS[s], count: counts[j]!, share: n > 0 ? counts[j]! / n : 0 })),
  };
}

export function factsAt(input: LifecycleInput, i: number): LifecycleFacts {
  const facts: LifecycleFacts = {
    daysSinceFirstPurchase: input.daysSinceFirstPurchase[i]!,
    daysSinceLastPurchase: input.daysSinceLastPurchase[i]!,
    purchaseCount: input.purchaseCount[i]!,
    meanInterPurchaseDays: input.meanInterPurchaseDays[i]!,
  };
  if (input.probabilityAlive) facts.probabilityAlive = input.probabilityAlive[i]!;
  return facts;
}

/** Why a customer is in their stage, in plain words. */
export function explainLifecycle(facts: LifecycleFacts, rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES): { stage: LifecycleStage; reason: LifecycleReason; explanation: string } {
  const reason = lifecycleReason(facts, rules);
  const stage = STAGE_OF_REASON[reason];
  const f = facts;
  const purchases = (count: number) => `${count} purchase${count === 1 ? '' : 's'}`;
  let explanation: string;
  switch (reason) {
    case 'lapsed':
      explanation = `No purchase for ${fmtDays(f.daysSinceLastPurchase)}, more than the ${fmtDays(rules.lapsedAfterDays)} after which a customer counts as lapsed.`;
      break;
    case 'new':
      explanation = `First purchase ${fmtDays(f.daysSinceFirstPurchase)} ago, within the ${fmtDays(rules.newWithinDays)} in which a customer counts as new.`;
      break;
    case 'at-risk-probability':
      explanation = `The model gives a ${fmtPercent(f.probabilityAlive ?? NaN)} probability that this customer is still active, below the ${fmtPercent(rules.atRiskBelowProbabilityAlive)} threshold.`;
      break;
    case 'at-risk-gap':
      explanation =
        `No purchase for ${fmtDays(f.daysSinceLastPurchase)}, more than ${rules.atRiskGapMultiple} times their usual ${fmtDays(f.meanInterPurchaseDays)} between purchases ` +
        `and more than the ${fmtDays(rules.atRiskMinGapDays)} minimum (at risk after ${fmtDays(atRiskGapDays(f, rules))}).`;
      break;
    case 'few-purchases':
      explanation = `${purchases(f.purchaseCount)} so far; up to ${purchases(rules.developmentMaxPurchases)} a customer is still in development.`;
      break;
    case 'active-repeat':
      explanation = `${purchases(f.purchaseCount)}, the last ${fmtDays(f.daysSinceLastPurchase)} ago, within their usual rhythm (at risk only after ${fmtDays(atRiskGapDays(f, rules))}).`;
      break;
  }
  return { stage, reason, explanation };
}

function fmtDays(d: number): string {
  const rounded = Math.round(d * 10) / 10;
  return `${rounded} day${rounded === 1 ? '' : 's'}`;
}

function fmtPercent(p: number): string {
  return `${Math.round(p * 1000) / 10}%`;
}
