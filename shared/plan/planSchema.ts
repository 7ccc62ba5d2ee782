import { z } from 'zod';
import { assumptionSchema } from './assumption';

/**
 * The points plan: a versioned, validated document. It is what a strategist designs, what the
 * workspace stores, what `lw simulate --plan` reads, and what the engine runs. Every field names
 * its unit; every behavioural figure is an assumption (a distribution with its source).
 *
 * Segments are referred to by name ("*" means every segment), so a plan written for one
 * workspace can be used on another whose segments share names, and falls back to "*" otherwise.
 */
export const PLAN_SCHEMA_VERSION = 1;

const share = (what: string) =>
  z.number({ error: `${what} must be a number.` }).min(0, `${what} cannot be negative.`).max(1, `${what} is a share between 0 and 1 (e.g. 0.25 for 25%).`);
const nonNegative = (what: string) => z.number({ error: `${what} must be a number.` }).min(0, `${what} cannot be negative.`);
const name = z.string().trim().min(1, 'A name is required.').max(80, 'At most 80 characters.');
/** Segment names a rule applies to; ["*"] for all. */
const segmentList = z.array(z.string().trim().min(1).max(80)).min(1, 'Choose at least one segment (or "*" for all).').max(50);
const week = z.number().int('Weeks are whole numbers.').min(0, 'A week cannot be negative.').max(520, 'At most 520 weeks (10 years).');

export const segmentAssumptionSchema = z.object({ segment: z.string().trim().min(1).max(80), value: assumptionSchema }).strict();

export const enrolmentSchema = z
  .object({
    eligibleSegments: segmentList.default(['*']),
    /** Share of an eligible segment's customers that joins; per segment, with "*" as the default. */
    rateBySegment: z.array(segmentAssumptionSchema).min(1).max(50),
    /**
     * How strongly heavier buyers self-select: the chance of joining grows with the customer's
     * purchase rate to this power (0 = joining is unrelated to how much one buys).
     */
    selfSelectionPower: assumptionSchema,
    /** Weeks over which the members join after launch (0 = all at launch). */
    rampUpWeeks: week.default(0),
  })
  .strict();

export const REWARD_MIX_KINDS = ['cashLike', 'ownMerchandise', 'partner'] as const;
export const earningSchema = z
  .object({
    pointsPerCurrencyUnit: nonNegative('Points per currency unit').max(1000, 'At most 1000 points per currency unit.'),
    rounding: z.enum(['down', 'nearest', 'none']).default('down'),
    /** What one point is worth to the customer when redeemed, in currency. */
    pointValueCurrency: z.number().gt(0, 'A point must be worth something (above 0).').max(100, 'A point worth more than 100 is not credible.'),
    /** Shares of the reward value by kind (they sum to 1): the cost per point follows from them. */
    rewardMix: z.object({ cashLike: share('The cash-like share'), ownMerchandise: share('The own-merchandise share'), partner: share('The partner share') }).strict(),
    /** Gross margin on the own merchandise given as rewards (cost = value x (1 - margin)). */
    ownMerchandiseMarginRate: share('The merchandise margin'),
    /** What a partner reward costs per currency unit of its value (negotiated rate, often below 1). */
    partnerRewardCostRate: share('The partner reward cost rate'),
  })
  .strict()
  .refine((e) => Math.abs(e.rewardMix.cashLike + e.rewardMix.ownMerchandise + e.rewardMix.partner - 1) < 1e-6, {
    message: 'The reward mix must add up to 100% (cash-like + own merchandise + partner).',
    path: ['rewardMix'],
  });

export const rewardThresholdSchema = z.object({ points: z.number().int().min(1, 'A reward needs at least 1 point.'), rewardValueCurrency: z.number().gt(0, 'A reward must be worth more than 0.') }).strict();

export const rewardsSchema = z
  .object({
    /** "threshold": a catalogue of rewards issued at point thresholds; "linear": points spent freely. */
    mode: z.enum(['threshold', 'linear']),
    catalogue: z.array(rewardThresholdSchema).min(1, 'Add at least one reward.').max(20),
    minimumBalancePoints: z.number().int().min(0).default(0),
    /** Weekly chance that a member who can redeem does so (threshold mode: uses the reward). Per segment, "*" default. */
    redemptionPropensityBySegment: z.array(segmentAssumptionSchema).min(1).max(50),
    /** How much the propensity rises per reward's worth of balance above the threshold (x per extra reward). */
    balanceElasticity: assumptionSchema,
    /** Multiplier on the propensity in the last weeks before points expire. */
    nearExpiryBoost: assumptionSchema,
    nearExpiryWeeks: week.default(8),
  })
  .strict();

export const bonusesSchema = z
  .object({
    welcomePoints: z.number().int().min(0).default(0),
    spendThreshold: z.object({ enabled: z.boolean(), basketOverCurrency: nonNegative('The basket threshold'), bonusPoints: z.number().int().min(0) }).strict(),
    /** Extra points on a featured category: its share of the basket earns at (multiplier) times base. */
    categoryBonus: z.object({ enabled: z.boolean(), categoryShareOfBasket: share('The category share'), extraMultiplier: nonNegative('The extra multiplier').max(20) }).strict(),
    birthdayPoints: z.number().int().min(0).default(0),
  })
  .strict();

export const promotionSchema = z
  .object({
    name,
    /** Points multiplier in the window (2 = double points, 3 = triple). */
    pointsMultiplier: z.number().min(1, 'The multiplier is at least 1.').max(20, 'At most 20x.'),
    startWeek: week,
    lengthWeeks: z.number().int().min(1, 'A promotion lasts at least a week.').max(52),
    segments: segmentList.default(['*']),
    /** Purchase intensity uplift while the promotion runs (0.1 = +10%). */
    upliftShare: assumptionSchema,
    /** Share of the bump that is pulled forward from the weeks after (and missing from them). */
    pullForwardShare: assumptionSchema,
    /** Weeks over which the pulled-forward purchases are missing after the window. */
    dipWeeks: assumptionSchema,
  })
  .strict();

export const frequencySchema = z
  .object({
    punchCard: z.object({ enabled: z.boolean(), purchasesNeeded: z.number().int().min(2).max(50), rewardValueCurrency: nonNegative('The card reward'), prestampedPurchases: z.number().int().min(0).max(10).default(0) }).strict(),
    visitBonus: z.object({ enabled: z.boolean(), visits: z.number().int().min(1).max(100), periodWeeks: z.number().int().min(1).max(52), bonusPoints: z.number().int().min(0) }).strict(),
    streak: z.object({ enabled: z.boolean(), periodWeeks: z.number().int().min(1).max(52), periodsInARow: z.number().int().min(2).max(52), bonusPoints: z.number().int().min(0) }).strict(),
  })
  .strict();

export const tierLevelSchema = z
  .object({
    name,
    /** Spend over the rolling window that qualifies for the tier (the first tier starts at 0). */
    qualifyingSpendCurrency: nonNegative('The qualifying spend'),
    earnMultiplier: z.number().min(1, 'A tier never earns less than base.').max(10),
    /** Reduction of the weekly dropout hazard while in the tier (0.1 = 10% lower). */
    dropoutReduction: assumptionSchema,
  })
  .strict();

export const tiersSchema = z
  .object({
    enabled: z.boolean(),
    rollingWindowWeeks: z.number().int().min(4).max(104).default(52),
    /** How often tiers are re-evaluated. */
    reviewEveryWeeks: z.number().int().min(1).max(52).default(13),
    levels: z.array(tierLevelSchema).min(1).max(6),
    /** Extra dropout hazard after a demotion, for the weeks below (demotion hurts more than promotion helps). */
    demotionDropoutIncrease: assumptionSchema,
    demotionEffectWeeks: week.default(26),
  })
  .strict()
  .refine((t) => t.levels.every((l, i) => i === 0 || l.qualifyingSpendCurrency > t.levels[i - 1]!.qualifyingSpendCurrency), {
    message: 'Tier thresholds must rise from one tier to the next.',
    path: ['levels'],
  });

export const EXPIRY_RULES = ['none', 'rolling', 'inactivity', 'calendarYearEnd'] as const;
export const expirySchema = z
  .object({
    rule: z.enum(EXPIRY_RULES),
    /** rolling: a batch's age in months; inactivity: months without a purchase. */
    months: z.number().int().min(1).max(120).default(24),
  })
  .strict();

export const privilegeSchema = z
  .object({
    name,
    /** Segment or tier names it applies to ("*" for all members). */
    appliesTo: segmentList,
    unitCostPerYearCurrency: nonNegative('The unit cost'),
    uptakeShare: share('The uptake'),
    /** Reduction of the weekly dropout hazard of those who use it. */
    dropoutReduction: assumptionSchema,
  })
  .strict();

export const partnerSchema = z
  .object({
    name,
    /** earn: members earn points at the partner, who pays us per point issued; burn: members redeem there and we pay per point. */
    kind: z.enum(['earn', 'burn']),
    /** earn: points a member earns there per week on average; burn: share of redemptions taken there. */
    pointsPerMemberPerWeek: nonNegative('Points per member per week').default(0),
    shareOfRedemptions: share('The share of redemptions').default(0),
    pricePerPointCurrency: nonNegative('The price per point'),
  })
  .strict();

export const CONTACT_CHANNELS = ['directMail', 'telemarketing', 'email', 'web', 'mobile', 'faceToFace', 'activations', 'events', 'pointOfSale'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const contactRuleSchema = z
  .object({
    segment: z.string().trim().min(1).max(80),
    channel: z.enum(CONTACT_CHANNELS),
    contactsPerYear: nonNegative('Contacts a year').max(365),
    costPerContactCurrency: nonNegative('The cost per contact'),
    /** Purchase intensity uplift of a contacted member, per contact a year (0.005 = +0.5% per yearly contact). */
    responseUpliftPerContact: assumptionSchema,
  })
  .strict();

export const communicationSchema = z
  .object({
    contacts: z.array(contactRuleSchema).max(200),
    /** The most that outbound contacts may cost in a year; contacts are scaled down to fit (0 = no cap). */
    outboundBudgetCapPerYearCurrency: nonNegative('The budget cap').default(0),
  })
  .strict();

export const behaviourSchema = z
  .object({
    /** Purchase intensity uplift of joining (0.05 = +5%), at its peak. */
    membershipFrequencyUplift: assumptionSchema,
    /** Weeks after joining over which the uplift halves (erosion). */
    membershipUpliftHalfLifeWeeks: assumptionSchema,
    /** Heavier buyers change less: the uplift is scaled by (segment mean rate / own rate) to this power, capped at 1. */
    heavyBuyerDampening: assumptionSchema,
    /** Reduction of the weekly dropout hazard of a member (0.1 = 10% lower). */
    memberDropoutReduction: assumptionSchema,
    /** Goal gradient g: purchase intensity runs from the member's own rate with no progress to 1 + g times it at the next reward (linear in progress; never below it). */
    goalGradientUplift: assumptionSchema,
    /** Purchase intensity uplift right after a redemption, and how many weeks it lasts. */
    postRedemptionUplift: assumptionSchema,
    postRedemptionWeeks: assumptionSchema,
    /** Change in spend per visit of a member (Gopalakrishnan et al.: about 0). */
    spendPerVisitUplift: assumptionSchema,
  })
  .strict();

export const costsSchema = z
  .object({
    launchCurrency: nonNegative('The launch cost'),
    platformPerMonthCurrency: nonNegative('The platform cost'),
    staffPerYearCurrency: nonNegative('The staff cost'),
  })
  .strict();

export const planSchema = z
  .object({
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION, { error: `This plan file is from another version of the plan format; this build reads version ${PLAN_SCHEMA_VERSION}.` }),
    name,
    description: z.string().max(2000).default(''),
    currency: z.string().trim().regex(/^[A-Z]{3}$/, 'Use a three-letter ISO currency code such as EUR or USD.'),
    horizonWeeks: z.number().int().min(4, 'The horizon is at least 4 weeks.').max(520, 'The horizon is at most 520 weeks (10 years).'),
    /** Gross margin on sales (before the programme's costs). */
    grossMarginRate: share('The gross margin'),
    discountRatePerYear: share('The discount rate'),
    enrolment: enrolmentSchema,
    earning: earningSchema,
    rewards: rewardsSchema,
    bonuses: bonusesSchema,
    promotions: z.array(promotionSchema).max(50),
    frequency: frequencySchema,
    tiers: tiersSchema,
    expiry: expirySchema,
    privileges: z.array(privilegeSchema).max(50),
    partners: z.array(partnerSchema).max(20),
    communication: communicationSchema,
    behaviour: behaviourSchema,
    costs: costsSchema,
  })
  .strict()
  .superRefine((plan, ctx) => {
    const problem = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
    const unique = (rows: readonly { segment: string }[], path: (string | number)[], what: string): void => {
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        if (seen.has(r.segment)) problem([...path, i, 'segment'], `${what} has two rows for "${r.segment}"; keep one.`);
        seen.add(r.segment);
      });
    };
    unique(plan.enrolment.rateBySegment, ['enrolment', 'rateBySegment'], 'The enrolment rate');
    unique(plan.rewards.redemptionPropensityBySegment, ['rewards', 'redemptionPropensityBySegment'], 'The redemption propensity');
    const contacts = new Set<string>();
    plan.communication.contacts.forEach((c, i) => {
      const key = `${c.segment}\u0000${c.channel}`;
      if (contacts.has(key)) problem(['communication', 'contacts', i, 'channel'], `Two contact rows for "${c.segment}" by ${c.channel}; keep one.`);
      contacts.add(key);
    });
    plan.promotions.forEach((p, i) => {
      if (p.startWeek >= plan.horizonWeeks) problem(['promotions', i, 'startWeek'], `The promotion starts in week ${p.startWeek}, after the ${plan.horizonWeeks}-week horizon.`);
    });
    if (plan.tiers.enabled && plan.tiers.levels[0]!.qualifyingSpendCurrency !== 0) problem(['tiers', 'levels', 0, 'qualifyingSpendCurrency'], 'The first tier is where every member starts: its qualifying spend is 0.');
  });

export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;

/** Reads a plan document (e.g. a file's JSON), with every problem named by its path. */
export function parsePlan(input: unknown): { ok: true; plan: Plan } | { ok: false; problems: string[] } {
  const parsed = planSchema.safeParse(input);
  if (parsed.success) return { ok: true, plan: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(plan)'}: ${i.message}`) };
}
