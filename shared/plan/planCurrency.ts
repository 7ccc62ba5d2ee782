import { BackendError } from '../contract/errors';
import type { Plan } from './planSchema';

/**
 * A plan runs only in its workspace's currency. Its amounts (rewards, point value, basket and tier
 * thresholds, costs) are set against the customers' spend, which is in the workspace's currency;
 * a plan in EUR run on sales in MXN would give a reward worth twenty times too little and costs
 * a twentieth of what was meant, with nothing on the screen to say so.
 *
 * It is refused rather than converted at a rate: a plan's amounts are design choices, round in
 * their own currency (a 5-unit reward, a 50-unit basket bonus), which a rate would turn into
 * figures nobody chose; a stored rate goes stale without a word; and the fix is one field.
 */
export function planCurrencyRefusal(plan: Pick<Plan, 'name' | 'currency'>, workspaceCurrency: string): BackendError | null {
  if (plan.currency === workspaceCurrency) return null;
  return new BackendError(
    'bad-input',
    `The plan "${plan.name}" is in ${plan.currency}, but this workspace's sales are in ${workspaceCurrency}: its rewards, thresholds and costs would be read against sales in another currency, so it is not run.`,
    `Change the plan's currency to ${workspaceCurrency} in the General section of the Plan page ("currency" in a plan file) and check that its amounts are meant in ${workspaceCurrency}; or, if the data is in fact in ${plan.currency}, set the workspace's currency to ${plan.currency} in its settings.`,
  );
}
