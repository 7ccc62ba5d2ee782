import { fullPlan, basicPlan } from '../plan/defaultPlans';
import { demoInput } from './demoPopulation';
import { resolveEngineParams } from './engineParams';
import { drawAssumptions, fixAssumptions } from './planAssumptions';
import { inProcessHooks, runSimulation, segmentPriors, simulateBlockSpec } from './runSimulation';

/**
 * Runs the engine a few times on a small synthetic base, with every mechanic on and with a plain
 * plan, so that the JavaScript engine has compiled the inner loop before a real run needs it.
 * A worker thread does this once when it starts (in the background, while the user is still
 * designing): a cold loop runs several times slower for its first few hundred thousand
 * customers, which would otherwise land on the user's first run. Returns the customers
 * simulated, so the work cannot be optimised away.
 */
export function warmUpEngine(clone: <T>(value: T) => T, customers = 2048, rounds = 4): number {
  let simulated = 0;
  for (const plan of [fullPlan(), basicPlan()]) {
    const input = demoInput(plan, customers, 1, 1);
    // Cloned as a worker receives them (`clone` is the structured clone of postMessage), so the
    // compiled code is specialised to the object shapes of a real run's inputs.
    const params = clone(resolveEngineParams(fixAssumptions(plan, drawAssumptions(plan, 1, 0)), segmentPriors(input.segments)));
    for (let round = 0; round < rounds; round++) {
      for (const original of input.blocks) {
        const block = clone(original);
        const acc = simulateBlockSpec(params, block, round + 1);
        if (acc.length > 0) simulated += block.kind === 'synthetic' ? block.count : 0;
      }
    }
  }
  return simulated;
}

/**
 * The main thread's share of the warm-up: a small run in-process, with every mechanic on and with
 * a plain plan, so that what a run does there (resolving the parameters, summing the blocks,
 * building the series, the accounting and the KPIs) is compiled before the first real run rather
 * than interpreted in it. Returns the customers simulated.
 */
export async function warmUpReduction(customers = 300): Promise<number> {
  let simulated = 0;
  for (const plan of [fullPlan(), basicPlan()]) {
    const results = await runSimulation(demoInput(plan, customers, 1, 2), inProcessHooks);
    simulated += results.simulatedCustomers;
  }
  return simulated;
}
