import { z } from 'zod';

/** How a stored plan is run over the workspace's customers. */
export const simulationRequestSchema = z
  .object({
    planId: z.number().int().min(1),
    seed: z.number().int('The seed must be a whole number.').min(0, 'The seed must be 0 or more.').max(2 ** 32 - 1, 'The seed must be below 4294967296.').default(1),
    /** Outer Monte Carlo draws over the assumptions (1 = the base case only). */
    draws: z.number().int().min(1, 'At least one draw.').max(200, 'At most 200 draws.').default(1),
    /** Simulate at most this many customers (a stratified sample by segment); the base when absent. */
    maxCustomers: z.number().int().min(100, 'Simulate at least 100 customers.').max(5_000_000).optional(),
  })
  .strict();
export type SimulationRequest = z.infer<typeof simulationRequestSchema>;
