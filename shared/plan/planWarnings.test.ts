import { describe, expect, it } from 'vitest';
import type { KpiBand } from '../simulation/results';
import { breakEvenBeyondReach, breakEvenRunWarning } from './planWarnings';

const band = (headline: number | null, drawsWithValue: number): KpiBand => ({ key: 'breakEvenSalesLift', unit: 'share', headline, base: headline, p10: headline, p50: headline, p90: headline, mcStandardError: null, drawsWithValue });

describe('the break-even warning', () => {
  it('is quiet for a plan in reach, even a demanding one', () => {
    expect(breakEvenBeyondReach(0.052)).toBe(false);
    expect(breakEvenBeyondReach(1)).toBe(false);
    expect(breakEvenRunWarning({ draws: 40, kpis: [band(0.4, 40)] })).toBeNull();
  });

  it('warns when sales would have to more than double', () => {
    expect(breakEvenBeyondReach(36.95)).toBe(true);
    expect(breakEvenRunWarning({ draws: 40, kpis: [band(36.95, 40)] })).toMatch(/^To pay for itself the plan needs sales to rise by 3,695%, beyond any published programme effect/);
  });

  it('warns when the rewards cost more than the margin in most draws', () => {
    expect(breakEvenRunWarning({ draws: 40, kpis: [band(null, 3)] })).toMatch(/no sales lift can pay for the plan/);
    expect(breakEvenRunWarning({ draws: 40, kpis: [band(null, 30)] })).toBeNull();
  });
});
