import { z } from 'zod';
import type { Rng } from '../random/rng';
import { standardNormal } from '../random/distributions';

/**
 * A behavioural assumption is never a bare number: it is a distribution the outer Monte Carlo
 * loop draws from, with the published source its default came from, so a user can see where a
 * figure comes from and how sure anyone is of it.
 */
const fixed = z.object({ kind: z.literal('fixed'), value: z.number() }).strict();
const uniform = z.object({ kind: z.literal('uniform'), low: z.number(), high: z.number() }).strict();
const triangular = z.object({ kind: z.literal('triangular'), low: z.number(), mode: z.number(), high: z.number() }).strict();
const normal = z.object({ kind: z.literal('normal'), mean: z.number(), sd: z.number().min(0), low: z.number(), high: z.number() }).strict();

export const distributionSchema = z
  .discriminatedUnion('kind', [fixed, uniform, triangular, normal])
  .superRefine((d, ctx) => {
    const bad = (message: string): void => ctx.addIssue({ code: 'custom', message });
    if (d.kind === 'uniform' && !(d.low <= d.high)) bad(`The low value (${d.low}) must not be above the high value (${d.high}).`);
    if (d.kind === 'triangular' && !(d.low <= d.mode && d.mode <= d.high)) bad(`Write low ≤ most likely ≤ high (got ${d.low}, ${d.mode}, ${d.high}).`);
    if (d.kind === 'normal' && !(d.low <= d.mean && d.mean <= d.high)) bad(`The mean (${d.mean}) must lie between the bounds ${d.low} and ${d.high}.`);
  });
export type Distribution = z.infer<typeof distributionSchema>;

export const assumptionSchema = z
  .object({
    dist: distributionSchema,
    /** Where the default comes from (a publication, or "[design]" for a modelling choice). */
    source: z.string().max(400).default(''),
  })
  .strict();
export type Assumption = z.infer<typeof assumptionSchema>;
export type AssumptionInput = z.input<typeof assumptionSchema>;

export const fixedAssumption = (value: number, source = ''): Assumption => ({ dist: { kind: 'fixed', value }, source });
export const triangularAssumption = (low: number, mode: number, high: number, source = ''): Assumption => ({
  dist: { kind: 'triangular', low, mode, high },
  source,
});

/** The value the base case uses: the most likely value (fixed, mode, mean, or the middle of a uniform). */
export function centralValue(d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.low + d.high) / 2;
    case 'triangular':
      return d.mode;
    case 'normal':
      return d.mean;
  }
}

/** The range a sensitivity sweep or a display uses: [low, high] (a fixed value is its own range). */
export function valueRange(d: Distribution): [number, number] {
  switch (d.kind) {
    case 'fixed':
      return [d.value, d.value];
    case 'normal':
      return [Math.max(d.low, d.mean - 1.2816 * d.sd), Math.min(d.high, d.mean + 1.2816 * d.sd)];
    default:
      return [d.low, d.high];
  }
}

/** One draw from the distribution (normal draws are truncated to their bounds by rejection). */
export function drawValue(d: Distribution, rng: Rng): number {
  switch (d.kind) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return d.low + (d.high - d.low) * rng.next();
    case 'triangular': {
      const { low, mode, high } = d;
      if (high === low) return low;
      const u = rng.next();
      const cut = (mode - low) / (high - low);
      return u < cut ? low + Math.sqrt(u * (high - low) * (mode - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
    }
    case 'normal': {
      if (d.sd === 0 || d.low === d.high) return Math.min(d.high, Math.max(d.low, d.mean));
      for (let i = 0; i < 1000; i++) {
        const x = d.mean + d.sd * standardNormal(rng);
        if (x >= d.low && x <= d.high) return x;
      }
      return d.mean;
    }
  }
}
