import type { Handlers } from '../../../shared/contract/methods';
import { readCohorts, readCustomerDistributions, readCustomerPage } from '../queries/customerQueries';
import { storeCustomerSummary } from '../queries/customerSummary';
import type { HandlerContext } from './context';

type CustomerMethods = 'customers.page' | 'customers.distributions' | 'customers.cohorts' | 'customers.summarise';

export function customerHandlers(ctx: HandlerContext): Pick<Handlers, CustomerMethods> {
  return {
    'customers.page': async (request) => readCustomerPage(ctx.session.require().reader, request),
    'customers.distributions': async () => readCustomerDistributions(ctx.session.require().reader),
    'customers.cohorts': async () => readCohorts(ctx.session.require().reader),
    'customers.summarise': async ({ calibrationEnd, unit }) =>
      ctx.session.exclusive('Recomputing the customer summary', async ({ db }) => {
        db.transaction(() => storeCustomerSummary(db, calibrationEnd, unit))();
        return ctx.session.summary()!;
      }),
  };
}
