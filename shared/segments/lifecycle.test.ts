import { describe, expect, it } from 'vitest';
import {
  assignLifecycleStages,
  DEFAULT_LIFECYCLE_RULES,
  explainLifecycle,
  LIFECYCLE_REASONS,
  LIFECYCLE_STAGES,
  lifecycleReason,
  lifecycleRulesSchema,
  type LifecycleFacts,
} from './lifecycle';

const customer = (first: number, last: number, count: number, meanGap: number, probabilityAlive?: number): LifecycleFacts => ({
  daysSinceFirstPurchase: first,
  daysSinceLastPurchase: last,
  purchaseCount: count,
  meanInterPurchaseDays: meanGap,
  ...(probabilityAlive === undefined ? {} : { probabilityAlive }),
});

describe('lifecycle rules', () => {
  // Defaults: new within 90 days, development up to 2 purchases, at risk after 2 × the usual gap
  // and at least 30 days or P(alive) < 0.5, lapsed after 365 days.
  const cases: [string, LifecycleFacts, string][] = [
    ['silent 380 days', customer(400, 380, 5, 5), 'lapsed'],
    ['silent 380 days even with a high P(alive)', customer(400, 380, 5, 5, 0.9), 'lapsed'],
    ['first purchase 30 days ago', customer(30, 30, 1, NaN), 'new'],
    ['new and already repeating', customer(60, 2, 4, 19), 'new'],
    ['new beats a low P(alive)', customer(30, 30, 1, NaN, 0.2), 'new'],
    ['100 days silent, usually every 20 (limit 40)', customer(200, 100, 6, 20), 'at-risk-gap'],
    ['35 days silent, usually every 10 (limit max(20, 30) = 30)', customer(200, 35, 10, 10), 'at-risk-gap'],
    ['25 days silent, usually every 10 (limit 30)', customer(200, 25, 10, 10), 'active-repeat'],
    ['exactly at the limit is not yet late', customer(200, 40, 6, 20), 'active-repeat'],
    ['low P(alive)', customer(200, 10, 8, 20, 0.2), 'at-risk-probability'],
    ['high P(alive) but far behind their rhythm', customer(200, 100, 8, 20, 0.9), 'at-risk-gap'],
    ['one purchase 300 days ago', customer(300, 300, 1, NaN), 'few-purchases'],
    ['two purchases, long rhythm', customer(300, 10, 2, 290), 'few-purchases'],
    ['two purchases, fallen behind', customer(300, 200, 2, 50), 'at-risk-gap'],
  ];

  it.each(cases)('%s → %s', (_label, facts, reason) => {
    expect(lifecycleReason(facts)).toBe(reason);
  });

  it('assigns stages for all customers, with the rule that placed each', () => {
    const facts = cases.map((c) => c[1]);
    const input = {
      daysSinceFirstPurchase: facts.map((f) => f.daysSinceFirstPurchase),
      daysSinceLastPurchase: facts.map((f) => f.daysSinceLastPurchase),
      purchaseCount: facts.map((f) => f.purchaseCount),
      meanInterPurchaseDays: facts.map((f) => f.meanInterPurchaseDays),
      probabilityAlive: facts.map((f) => f.probabilityAlive ?? 0.99),
    };
    const result = assignLifecycleStages(input);
    expect(Array.from(result.reason, (r) => LIFECYCLE_REASONS[r])).toEqual(cases.map((c) => c[2]));
    expect(Array.from(result.stage, (s) => LIFECYCLE_STAGES[s])).toEqual([
      'win-back',
      'win-back',
      'acquisition',
      'acquisition',
      'acquisition',
      'at-risk',
      'at-risk',
      'retention',
      'retention',
      'at-risk',
      'at-risk',
      'development',
      'development',
      'at-risk',
    ]);
    expect(result.counts.map((c) => [c.stage, c.count])).toEqual([
      ['acquisition', 3],
      ['development', 2],
      ['retention', 2],
      ['at-risk', 5],
      ['win-back', 2],
    ]);
    expect(result.counts[3]!.label).toBe('Churn prevention (at risk)');
  });

  it('explains each placement in plain words', () => {
    expect(explainLifecycle(customer(400, 380, 5, 5))).toEqual({
      stage: 'win-back',
      reason: 'lapsed',
      explanation: 'No purchase for 380 days, more than the 365 days after which a customer counts as lapsed.',
    });
    expect(explainLifecycle(customer(30, 30, 1, NaN)).explanation).toBe('First purchase 30 days ago, within the 90 days in which a customer counts as new.');
    expect(explainLifecycle(customer(200, 10, 8, 20, 0.2)).explanation).toBe(
      'The model gives a 20% probability that this customer is still active, below the 50% threshold.',
    );
    expect(explainLifecycle(customer(200, 100, 6, 20)).explanation).toBe(
      'No purchase for 100 days, more than 2 times their usual 20 days between purchases and more than the 30 days minimum (at risk after 40 days).',
    );
    expect(explainLifecycle(customer(300, 300, 1, NaN)).explanation).toBe('1 purchase so far; up to 2 purchases a customer is still in development.');
    expect(explainLifecycle(customer(200, 25, 10, 10)).explanation).toBe('10 purchases, the last 25 days ago, within their usual rhythm (at risk only after 30 days).');
  });

  it('follows edited rules', () => {
    const rules = lifecycleRulesSchema.parse({ newWithinDays: 14, lapsedAfterDays: 180, developmentMaxPurchases: 1 });
    expect(rules.atRiskGapMultiple).toBe(DEFAULT_LIFECYCLE_RULES.atRiskGapMultiple);
    expect(lifecycleReason(customer(30, 30, 1, NaN), rules)).toBe('few-purchases');
    expect(lifecycleReason(customer(400, 200, 5, 5), rules)).toBe('lapsed');
    expect(lifecycleReason(customer(300, 10, 2, 290), rules)).toBe('active-repeat');
  });

  it('refuses impossible customers, naming the row', () => {
    expect(() => lifecycleReason(customer(-1, 0, 1, NaN))).toThrow('Days since the first purchase must be 0 or more days (got -1).');
    expect(() => lifecycleReason(customer(10, 20, 2, 5))).toThrow('The last purchase (20 days ago) cannot be before the first (10 days ago).');
    expect(() => lifecycleReason(customer(10, 5, 0, 5))).toThrow(/whole number of at least 1/);
    expect(() => lifecycleReason(customer(100, 5, 3, NaN))).toThrow(/Mean days between purchases of a repeat buyer/);
    expect(() => lifecycleReason(customer(100, 5, 3, 10, 1.5))).toThrow(/between 0 and 1/);
    const input = { daysSinceFirstPurchase: [10, 10], daysSinceLastPurchase: [5, 50], purchaseCount: [2, 2], meanInterPurchaseDays: [5, 5] };
    expect(() => assignLifecycleStages(input)).toThrow(/^Customer at row 1: The last purchase/);
    expect(() => assignLifecycleStages({ ...input, purchaseCount: [1] })).toThrow(/differ in length/);
  });
});

describe('lifecycleRulesSchema', () => {
  const messages = (input: unknown): string[] => {
    const result = lifecycleRulesSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('fills in the defaults and round-trips through JSON', () => {
    expect(DEFAULT_LIFECYCLE_RULES).toEqual({
      newWithinDays: 90,
      developmentMaxPurchases: 2,
      atRiskGapMultiple: 2,
      atRiskMinGapDays: 30,
      atRiskBelowProbabilityAlive: 0.5,
      lapsedAfterDays: 365,
    });
    expect(lifecycleRulesSchema.parse(JSON.parse(JSON.stringify(DEFAULT_LIFECYCLE_RULES)))).toEqual(DEFAULT_LIFECYCLE_RULES);
  });

  it('rejects nonsense with readable messages', () => {
    expect(messages({ newWithinDays: -5 })).toEqual(['The window for new customers must be at least 1 day.']);
    expect(messages({ lapsedAfterDays: 30.5 })).toEqual(['The days after which a customer is lapsed must be a whole number of days.']);
    expect(messages({ atRiskMinGapDays: 'thirty' })).toEqual(['The shortest gap for at risk must be a number of days.']);
    expect(messages({ atRiskGapMultiple: 0.5 })).toEqual(['The at-risk multiple must be at least 1 (a customer is not late before their usual gap has passed).']);
    expect(messages({ atRiskBelowProbabilityAlive: 1 })).toEqual(['The probability-alive threshold must be below 1.']);
    expect(messages({ developmentMaxPurchases: 0 })).toEqual(['The purchase count for development must be at least 1.']);
    expect(messages({ newWithinDays: Number.NaN })).toEqual(['The window for new customers must be a number of days.']);
    expect(messages({ newWithinDays: 400 })).toEqual(['The window for new customers must be shorter than the days after which a customer is lapsed.']);
    expect(messages({ atRiskMinGapDays: 365 })).toEqual(['The shortest gap for at risk must be shorter than the days after which a customer is lapsed.']);
    expect(messages({ lapsedDays: 100 })).toHaveLength(1);
  });
});
