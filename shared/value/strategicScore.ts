import { z } from 'zod';

/**
 * The strategic value score: a customer's worth to the business beyond the money they will
 * bring. It weighs three things, each turned into a percentile (0-100) across the base so that
 * euros, counts and satisfaction points can be combined:
 *   prospective value - the model's lifetime value,
 *   current value     - the margin the customer has already brought,
 *   qualitative value - CRM attributes such as satisfaction (higher is better) or incidents
 *                       (lower is better), each with its own weight.
 * The weights are the user's; every customer's score comes with its breakdown.
 */
export const QUALITATIVE_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;

export const strategicScoreSettingsSchema = z
  .object({
    weights: z
      .object({
        prospective: z.number().min(0, 'Weights cannot be negative.').max(100),
        current: z.number().min(0, 'Weights cannot be negative.').max(100),
        qualitative: z.number().min(0, 'Weights cannot be negative.').max(100),
      })
      .strict()
      .refine((w) => w.prospective + w.current + w.qualitative > 0, { message: 'At least one weight must be above 0.' }),
    qualitative: z
      .array(
        z
          .object({
            attribute: z.string().trim().min(1).max(64),
            direction: z.enum(QUALITATIVE_DIRECTIONS),
            weight: z.number().gt(0, 'Each attribute’s weight must be above 0.').max(100),
          })
          .strict(),
      )
      .max(30),
  })
  .strict();
export type StrategicScoreSettings = z.infer<typeof strategicScoreSettingsSchema>;

/** Defaults that suit the sample retailer's CRM: value first, then satisfaction and engagement. */
export const DEFAULT_STRATEGIC_SCORE_SETTINGS: StrategicScoreSettings = {
  weights: { prospective: 50, current: 30, qualitative: 20 },
  qualitative: [
    { attribute: 'satisfaction_score', direction: 'higher-is-better', weight: 2 },
    { attribute: 'incidents_last_year', direction: 'lower-is-better', weight: 1 },
    { attribute: 'campaign_responses_last_year', direction: 'higher-is-better', weight: 1 },
    { attribute: 'share_of_wallet', direction: 'higher-is-better', weight: 1 },
  ],
};

/**
 * Percentile rank of each value, 0..100 (the share of the base at or below it, ties sharing
 * their average rank). NaN values (missing) get 50, the neutral middle.
 */
export function percentileRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n).fill(50);
  const present: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(values[i]!)) present.push(i);
  present.sort((a, b) => values[a]! - values[b]!);
  const m = present.length;
  for (let start = 0; start < m; ) {
    let end = start;
    while (end + 1 < m && values[present[end + 1]!]! === values[present[start]!]!) end++;
    // Ranks start..end (0-based) share their mid-point; scaled so the lowest is near 0 and the highest 100.
    const rank = m === 1 ? 50 : (((start + end) / 2) / (m - 1)) * 100;
    for (let k = start; k <= end; k++) out[present[k]!] = rank;
    start = end + 1;
  }
  return out;
}

export interface StrategicScoreInput {
  lifetimeValue: ArrayLike<number>;
  historicMargin: ArrayLike<number>;
  /** Values of each qualitative attribute by name (NaN where a customer has none). */
  attributes: ReadonlyMap<string, ArrayLike<number>>;
}

export interface StrategicScores {
  score: Float64Array;
  prospective: Float64Array;
  current: Float64Array;
  qualitative: Float64Array;
  /** Attributes named in the settings that the workspace does not have: left out, and said. */
  missingAttributes: string[];
}

export function strategicScores(input: StrategicScoreInput, settings: StrategicScoreSettings): StrategicScores {
  const n = input.lifetimeValue.length;
  const prospective = percentileRanks(input.lifetimeValue);
  const current = percentileRanks(input.historicMargin);
  const qualitative = new Float64Array(n);
  const missingAttributes: string[] = [];
  let qualitativeWeight = 0;
  for (const q of settings.qualitative) {
    const values = input.attributes.get(q.attribute);
    if (!values) {
      missingAttributes.push(q.attribute);
      continue;
    }
    const ranks = percentileRanks(values);
    for (let i = 0; i < n; i++) qualitative[i]! += q.weight * (q.direction === 'higher-is-better' ? ranks[i]! : 100 - ranks[i]!);
    qualitativeWeight += q.weight;
  }
  const { weights } = settings;
  const useQualitative = qualitativeWeight > 0;
  const total = weights.prospective + weights.current + (useQualitative ? weights.qualitative : 0);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    qualitative[i] = useQualitative ? qualitative[i]! / qualitativeWeight : 50;
    score[i] = (weights.prospective * prospective[i]! + weights.current * current[i]! + (useQualitative ? weights.qualitative * qualitative[i]! : 0)) / total;
  }
  return { score, prospective, current, qualitative, missingAttributes };
}
