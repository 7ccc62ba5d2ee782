import type { Handlers } from '../../../shared/contract/methods';
import { keptCustomerOverview } from '../queries/customerOverview';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { HandlerContext } from './context';

export function appHandlers(ctx: HandlerContext): Pick<Handlers, 'app.info' | 'customers.overview' | 'jobs.list' | 'jobs.cancel'> {
  return {
    'app.info': async () => ({
      name: 'Loyalty Workbench',
      version: ctx.version,
      host: ctx.host,
      workspaceSchemaVersion: LATEST_SCHEMA_VERSION,
      workerThreads: ctx.pool.size,
    }),
    // Computed once per state of the customers and transactions, and kept (in the workspace too).
    'customers.overview': async () => keptCustomerOverview(ctx.session.require()),
    'jobs.list': async () => ctx.jobs.list(),
    'jobs.cancel': async ({ jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),
  };
}
