import { describe, expect, it } from 'vitest';
import { basicPlan } from './defaultPlans';
import { planCurrencyRefusal } from './planCurrency';

describe('a plan in another currency', () => {
  it('runs in its own currency', () => {
    expect(planCurrencyRefusal(basicPlan(), 'EUR')).toBeNull();
  });

  it('is refused with both currencies and both fixes', () => {
    const refusal = planCurrencyRefusal({ ...basicPlan(), name: 'Club USA', currency: 'USD' }, 'EUR')!;
    expect(refusal.code).toBe('bad-input');
    expect(refusal.message).toBe(
      'The plan "Club USA" is in USD, but this workspace\'s sales are in EUR: its rewards, thresholds and costs would be read against sales in another currency, so it is not run.',
    );
    expect(refusal.hint).toMatch(/^Change the plan's currency to EUR in the General section of the Plan page/);
    expect(refusal.hint).toMatch(/set the workspace's currency to USD in its settings\.$/);
  });
});
