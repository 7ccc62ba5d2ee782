import { DEFAULT_SAMPLE_SPEC } from '../sample/sampleSpec';
import type { SyntheticSegment } from './population';
import { blockRanges, type RunSegment, type SimulationInput } from './runSimulation';
import type { Plan } from '../plan/planSchema';

/** The sample retailer's customer groups as the demo's segments (their generating models). */
export function demoSegments(): SyntheticSegment[] {
  return DEFAULT_SAMPLE_SPEC.groups.map((g) => ({ name: g.label, share: g.share, purchase: g.purchase, spend: g.spend }));
}

/**
 * A simulation over `customers` synthetic customers drawn from the sample's models. Segment
 * sizes are what the draws give, so the run reports them as simulated with weight 1; the
 * expected sizes (share x customers) set the contact budget.
 */
export function demoInput(plan: Plan, customers: number, seed: number, draws: number): SimulationInput {
  const segments = demoSegments();
  const runSegments: RunSegment[] = segments.map((s) => ({
    name: s.name,
    r: s.purchase.r,
    alphaWeeks: s.purchase.alphaWeeks,
    baseCustomers: Math.round(s.share * customers),
    simulatedCustomers: Math.round(s.share * customers),
  }));
  return { plan, seed, draws, segments: runSegments, blocks: blockRanges(customers).map((r) => ({ kind: 'synthetic', segments, ...r })) };
}
