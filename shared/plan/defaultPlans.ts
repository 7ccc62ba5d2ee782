import { fixedAssumption, triangularAssumption } from './assumption';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from './planSchema';

/**
 * The defaults every new plan starts from. Each behavioural figure names its source; "[design]"
 * marks a modelling choice with no published number behind it. They are starting points for a
 * user to change, never constants of the engine.
 */
export const SOURCES = {
  incentiveShare: 'Nastasoiu et al. (JAMS 2021): 1.74% of sales incentive-driven in a coalition cash programme; Liu (JM 2007): light and moderate buyers buy more, heavy buyers do not.',
  erosion: 'Meyer-Waarden (JAMS 2008): programme effects erode 6-9 months after joining (grocery).',
  heavyBuyers: 'Hartmann & Viard (QME 2008); Liu (JM 2007): frequent customers earn most rewards and barely change behaviour.',
  attrition: 'Gopalakrishnan, Jiang, Nevskaya & Thomadsen (Marketing Science 2021): >80% of a programme\'s value from lower attrition. Size of the hazard reduction: [design].',
  goalGradient: 'Kivetz, Urminsky & Zheng (JMR 2006): the last gap on a buy-10-get-1 card is about 20% shorter than the first. The engine multiplies the member\'s own rate by 1 + g x progress to the reward (never below it; it resets after a reward), so g = 0.25 gives that (1 / 1.25 = 0.8).',
  postReward: 'Drèze & Nunes (ACR 2010): the reset after a reward is partial; Dorotic et al. (2014): redemption lifts purchases around it.',
  spendPerVisit: 'Gopalakrishnan et al. (2021): about 0 of the value comes from spend per visit.',
  promotionUplift: '[design] bump of a points promotion; points are weaker than an equal-value price cut (Marketing Letters 2015).',
  pullForward: 'van Heerde, Leeflang & Wittink (JMR 2004): about 1/3 of a promotional bump is pulled forward from later weeks.',
  promotionDecay: 'Dorotic et al. (2009): loyalty-promotion effects die out within 2-3 weeks.',
  enrolment: '[design] calibrated so members carry 80-90% of sales (Woolf, "the cost of a 1% programme").',
  selfSelection: 'Leenheer et al. (IJRM 2007): heavier buyers self-select into programmes; a naive member/non-member gap overstates the effect about 7x.',
  redemption: '[design] weekly use of an available reward, calibrated so about 90% of certificates are used (Woolf).',
  demotion: 'Wagner, Hennig-Thurau & Rudolph (JM 2009): demotion hurts more than promotion helps. Size: [design].',
  tierRetention: '[design] hazard reduction of higher tiers.',
  privilege: '[design] hazard reduction of privilege users.',
  contact: '[design] response per yearly contact.',
  fixedCosts: 'Fixed costs sized to the base: about 0.5% of sales a year besides the rewards, the running cost of a typical grocer\'s programme (loyalty-economics primer, section 1; +5% break-even lift: McKinsey, "Making loyalty pay"). See templateSizing.ts.',
} as const;

function basePlan(name: string): Plan {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    name,
    description: '',
    currency: 'EUR',
    horizonWeeks: 156,
    grossMarginRate: 0.35,
    discountRatePerYear: 0.08,
    enrolment: {
      eligibleSegments: ['*'],
      rateBySegment: [{ segment: '*', value: triangularAssumption(0.55, 0.65, 0.75, SOURCES.enrolment) }],
      selfSelectionPower: triangularAssumption(0.5, 1, 1.5, SOURCES.selfSelection),
      rampUpWeeks: 0,
    },
    earning: {
      pointsPerCurrencyUnit: 1,
      rounding: 'down',
      pointValueCurrency: 0.01,
      rewardMix: { cashLike: 1, ownMerchandise: 0, partner: 0 },
      ownMerchandiseMarginRate: 0.35,
      partnerRewardCostRate: 0.8,
    },
    rewards: {
      mode: 'threshold',
      catalogue: [{ points: 500, rewardValueCurrency: 5 }],
      minimumBalancePoints: 0,
      redemptionPropensityBySegment: [{ segment: '*', value: triangularAssumption(0.15, 0.25, 0.35, SOURCES.redemption) }],
      balanceElasticity: fixedAssumption(0.5, '[design]'),
      nearExpiryBoost: fixedAssumption(2, '[design]'),
      nearExpiryWeeks: 8,
    },
    bonuses: {
      welcomePoints: 0,
      spendThreshold: { enabled: false, basketOverCurrency: 50, bonusPoints: 50 },
      categoryBonus: { enabled: false, categoryShareOfBasket: 0.15, extraMultiplier: 1 },
      birthdayPoints: 0,
    },
    promotions: [],
    frequency: {
      punchCard: { enabled: false, purchasesNeeded: 10, rewardValueCurrency: 5, prestampedPurchases: 0 },
      visitBonus: { enabled: false, visits: 3, periodWeeks: 4, bonusPoints: 100 },
      streak: { enabled: false, periodWeeks: 4, periodsInARow: 3, bonusPoints: 200 },
    },
    tiers: {
      enabled: false,
      rollingWindowWeeks: 52,
      reviewEveryWeeks: 13,
      levels: [{ name: 'Member', qualifyingSpendCurrency: 0, earnMultiplier: 1, dropoutReduction: fixedAssumption(0, '[design]') }],
      demotionDropoutIncrease: triangularAssumption(0.05, 0.15, 0.3, SOURCES.demotion),
      demotionEffectWeeks: 26,
    },
    expiry: { rule: 'none', months: 24 },
    privileges: [],
    partners: [],
    communication: { contacts: [], outboundBudgetCapPerYearCurrency: 0 },
    behaviour: {
      membershipFrequencyUplift: triangularAssumption(0, 0.03, 0.08, SOURCES.incentiveShare),
      membershipUpliftHalfLifeWeeks: triangularAssumption(26, 32, 39, SOURCES.erosion),
      heavyBuyerDampening: triangularAssumption(0.5, 1, 1.5, SOURCES.heavyBuyers),
      memberDropoutReduction: triangularAssumption(0.05, 0.1, 0.2, SOURCES.attrition),
      goalGradientUplift: triangularAssumption(0.2, 0.25, 0.3, SOURCES.goalGradient),
      postRedemptionUplift: triangularAssumption(0.05, 0.1, 0.15, SOURCES.postReward),
      postRedemptionWeeks: triangularAssumption(2, 4, 6, SOURCES.postReward),
      spendPerVisitUplift: fixedAssumption(0, SOURCES.spendPerVisit),
    },
    // A chain of about 20 million a year in sales. A plan made from a template in a workspace has
    // them sized to its own base (templateSizing.ts: shares of its yearly sales) and its currency;
    // these stand for a plan with no workspace behind it (lw demo, a plan file written by hand).
    costs: { launchCurrency: 50_000, platformPerMonthCurrency: 4_000, staffPerYearCurrency: 60_000 },
  };
}

/** A plain linear plan: earn per currency unit, one reward threshold, no expiry, no promotions. */
export function basicPlan(): Plan {
  return planSchema.parse(basePlan('Basic 1% plan'));
}

/** Every mechanic switched on, with defaults a strategist would start a real design from. */
export function fullPlan(): Plan {
  const p = basePlan('Full plan');
  p.description = 'Every mechanic on: bonuses, double and triple points, a punch card, visit and streak bonuses, three tiers, rolling expiry, privileges, partners and contacts.';
  p.earning.rewardMix = { cashLike: 0.5, ownMerchandise: 0.4, partner: 0.1 };
  p.rewards.catalogue = [
    { points: 500, rewardValueCurrency: 5 },
    { points: 1500, rewardValueCurrency: 17 },
  ];
  p.bonuses = {
    welcomePoints: 100,
    spendThreshold: { enabled: true, basketOverCurrency: 60, bonusPoints: 60 },
    categoryBonus: { enabled: true, categoryShareOfBasket: 0.15, extraMultiplier: 1 },
    birthdayPoints: 100,
  };
  p.promotions = [
    { name: 'Double points spring', pointsMultiplier: 2, startWeek: 12, lengthWeeks: 1, segments: ['*'], upliftShare: triangularAssumption(0.1, 0.2, 0.3, SOURCES.promotionUplift), pullForwardShare: triangularAssumption(0.25, 1 / 3, 0.4, SOURCES.pullForward), dipWeeks: triangularAssumption(2, 3, 4, SOURCES.promotionDecay) },
    { name: 'Triple points Christmas', pointsMultiplier: 3, startWeek: 50, lengthWeeks: 2, segments: ['*'], upliftShare: triangularAssumption(0.15, 0.25, 0.4, SOURCES.promotionUplift), pullForwardShare: triangularAssumption(0.25, 1 / 3, 0.4, SOURCES.pullForward), dipWeeks: triangularAssumption(2, 3, 4, SOURCES.promotionDecay) },
  ];
  p.frequency = {
    punchCard: { enabled: true, purchasesNeeded: 10, rewardValueCurrency: 5, prestampedPurchases: 2 },
    visitBonus: { enabled: true, visits: 3, periodWeeks: 4, bonusPoints: 100 },
    streak: { enabled: true, periodWeeks: 4, periodsInARow: 3, bonusPoints: 200 },
  };
  p.tiers = {
    enabled: true,
    rollingWindowWeeks: 52,
    reviewEveryWeeks: 13,
    levels: [
      { name: 'Blue', qualifyingSpendCurrency: 0, earnMultiplier: 1, dropoutReduction: fixedAssumption(0, SOURCES.tierRetention) },
      { name: 'Silver', qualifyingSpendCurrency: 600, earnMultiplier: 1.25, dropoutReduction: triangularAssumption(0.02, 0.05, 0.1, SOURCES.tierRetention) },
      { name: 'Gold', qualifyingSpendCurrency: 1500, earnMultiplier: 1.5, dropoutReduction: triangularAssumption(0.05, 0.1, 0.15, SOURCES.tierRetention) },
    ],
    demotionDropoutIncrease: triangularAssumption(0.05, 0.15, 0.3, SOURCES.demotion),
    demotionEffectWeeks: 26,
  };
  p.expiry = { rule: 'rolling', months: 24 };
  p.privileges = [
    { name: 'Free delivery', appliesTo: ['Gold', 'Silver'], unitCostPerYearCurrency: 12, uptakeShare: 0.6, dropoutReduction: triangularAssumption(0.02, 0.05, 0.08, SOURCES.privilege) },
    { name: 'Birthday gift', appliesTo: ['*'], unitCostPerYearCurrency: 3, uptakeShare: 0.4, dropoutReduction: triangularAssumption(0, 0.02, 0.04, SOURCES.privilege) },
  ];
  p.partners = [
    { name: 'Fuel partner', kind: 'earn', pointsPerMemberPerWeek: 5, shareOfRedemptions: 0, pricePerPointCurrency: 0.008 },
    { name: 'Cinema partner', kind: 'burn', pointsPerMemberPerWeek: 0, shareOfRedemptions: 0.1, pricePerPointCurrency: 0.009 },
  ];
  p.communication = {
    contacts: [
      { segment: '*', channel: 'email', contactsPerYear: 24, costPerContactCurrency: 0.02, responseUpliftPerContact: triangularAssumption(0, 0.001, 0.002, SOURCES.contact) },
      { segment: '*', channel: 'directMail', contactsPerYear: 2, costPerContactCurrency: 0.9, responseUpliftPerContact: triangularAssumption(0, 0.005, 0.01, SOURCES.contact) },
      { segment: '*', channel: 'mobile', contactsPerYear: 12, costPerContactCurrency: 0.01, responseUpliftPerContact: triangularAssumption(0, 0.001, 0.002, SOURCES.contact) },
    ],
    outboundBudgetCapPerYearCurrency: 0,
  };
  return planSchema.parse(p);
}
