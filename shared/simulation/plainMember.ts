import type { UnitGamma } from '../random/fastGamma';
import * as engine from './engineParams';
import * as kernel from './engineKernel';
import * as layout from './accumulatorLayout';
import type { BlockContext } from './blockContext';
import { SERIES_INDEX } from './results';

/**
 * A member's plan world under a plain plan (no weekly mechanics, no punch card, no tiers, no
 * expiry, no trace): the same model and the same draws, in the same order, as simulateMember,
 * whose results it reproduces exactly (a test holds the two together). Kept apart because the
 * general loop's state (batches, tiers, calendars, stamps) keeps the engine's registers full even
 * where a plan uses none of it, and the plain plan is the one most runs and the benchmark start
 * from. The purchase events and the dropout are PlanEvents', shared with the general loop.
 */

// Module constants rather than imported names read through getters (see engineKernel.ts).
const membershipUplift = kernel.membershipUplift;
const rateMultiplierBound = kernel.rateMultiplierBound;
const roundPoints = kernel.roundPoints;
const addActiveWeeks = kernel.addActiveWeeks;
const basketValue = kernel.basketValue;
const ACTIVE_WINDOW_WEEKS = engine.ACTIVE_WINDOW_WEEKS;
const R_CONTACT = layout.R_CONTACT;
const R_PRIVILEGE = layout.R_PRIVILEGE;
const S_MEMBERS = SERIES_INDEX.members;
const S_ALIVE = SERIES_INDEX.alive;
const S_ACTIVE = SERIES_INDEX.active;
const S_REDEEMERS = SERIES_INDEX.redeemers;
const S_PURCHASES = SERIES_INDEX.purchases;
const S_REVENUE = SERIES_INDEX.revenue;
const S_MEMBER_REVENUE = SERIES_INDEX.memberRevenue;
const S_P_BASE = SERIES_INDEX.pointsBase;
const S_P_BONUS = SERIES_INDEX.pointsBonus;
const S_P_PROMO = SERIES_INDEX.pointsPromotion;
const S_P_TIER = SERIES_INDEX.pointsTier;
const S_P_REDEEMED = SERIES_INDEX.pointsRedeemed;
const S_P_LAPSED = SERIES_INDEX.pointsHeldByLapsed;
const S_REWARD_COST = SERIES_INDEX.rewardCost;
const S_REWARD_VALUE = SERIES_INDEX.rewardValueRedeemed;
const S_PARTNER_COST = SERIES_INDEX.partnerNetCost;

export function simulatePlainMember(
  k: BlockContext,
  seg: number,
  lambda: number,
  dropoutRate: number,
  meanBasket: number,
  shape: number,
  unit: UnitGamma | null,
  weeksSinceLast: number,
  joinWeek: number,
  cfBase: number,
  plBase: number,
): void {
  const { p, acc, planRng, baskets, events, firstThreshold, topThreshold, costPerReward, burnCostPerPoint, floorPoints, maxPromo } = k;
  const { horizonWeeks: H, tierCount: T, pointsPerCurrency: e, rounding, linearRewards } = p;
  const uplift = membershipUplift(p, seg, lambda);
  const bound = rateMultiplierBound(p, seg, uplift, maxPromo[seg]!);
  const baseDropoutRate = dropoutRate;
  events.begin(cfBase, plBase, lambda, dropoutRate, meanBasket, weeksSinceLast, joinWeek, bound);
  // Written as simulateMember writes it, so the two agree to the last bit.
  const memberDropoutFactor = (1 - p.memberDropoutReduction) * (1 - p.tierDropoutReduction[0]!) * (1 - p.privilegeDropoutReduction[seg * T]!);
  const tierMult = p.tierMultiplier[0]!;
  const contactCost = p.contactCostPerWeek[seg]!;
  const contactBoost = 1 + p.contactUplift[seg]!;
  const postRedemptionBoost = 1 + p.postRedemptionUplift;
  const goalGradient = p.goalGradient;
  const spendFactor = 1 + p.spendUplift;
  const promoRow = seg * H;
  // The plan's figures the loop reads, in locals rather than read off the object in the loop.
  const { upliftDecay, promoIntensity, promoPointsMultiplier, thresholdPoints, thresholdValue, spendBonusOver, spendBonusPoints, categoryBonusRate, balanceElasticity } = p;
  const redeemPropensity = p.redeemPropensity[seg]!;

  let activeFrom = 0;
  let activeUntil = weeksSinceLast < ACTIVE_WINDOW_WEEKS ? Math.ceil(ACTIVE_WINDOW_WEEKS - weeksSinceLast) : 0;
  let balance = 0;
  let postRedemptionUntil = -1;
  let joined = false;
  let contactOpen = false;

  for (let w = 0; w < H; w++) {
    if (!joined && w >= joinWeek) {
      joined = true;
      acc[plBase + S_MEMBERS * H + w]! += 1;
      acc[plBase + R_PRIVILEGE * H + w]! += p.privilegeCostPerWeek[seg * T]!;
      if (w < activeUntil) {
        contactOpen = true;
        acc[plBase + R_CONTACT * H + w]! += contactCost;
      }
      if (p.welcomePoints > 0) {
        acc[plBase + S_P_BONUS * H + w]! += p.welcomePoints;
        balance += p.welcomePoints;
      }
      if (memberDropoutFactor !== 1) events.setDropoutRate(w, baseDropoutRate * memberDropoutFactor);
    }
    const dropoutAt = events.dropoutAt;
    if (contactOpen && w >= activeUntil) {
      contactOpen = false;
      acc[plBase + R_CONTACT * H + w]! -= contactCost;
    }

    let nPl = 0;
    let nCf = 0;
    if (events.week === w) {
      let m = 1;
      if (joined) {
        const progress = linearRewards ? 0 : balance >= firstThreshold ? 1 : balance / firstThreshold;
        m = (1 + uplift * upliftDecay[w - joinWeek]!) * (1 + goalGradient * progress) * promoIntensity[promoRow + w]!;
        if (w < postRedemptionUntil) m *= postRedemptionBoost;
        if (w < activeUntil) m *= contactBoost;
        if (m > bound) m = bound;
      }
      nPl = events.countWeek(w, m, dropoutAt);
      nCf = events.weekBaseline;
    }

    // The plan's change: this week's plan purchases less the baseline's (nothing to write where
    // they are the same purchases at the same baskets).
    const revenue = nPl * meanBasket * (joined ? spendFactor : 1);
    if (nPl !== nCf) acc[plBase + S_PURCHASES * H + w]! += nPl - nCf;
    const revenueChange = revenue - nCf * meanBasket;
    if (revenueChange !== 0) acc[plBase + S_REVENUE * H + w]! += revenueChange;
    if (nPl > 0) {
      if (w >= activeUntil) {
        addActiveWeeks(acc, plBase + S_ACTIVE * H, activeFrom, activeUntil, H);
        activeFrom = w;
        if (joined && !contactOpen) {
          contactOpen = true;
          acc[plBase + R_CONTACT * H + w]! += contactCost;
        }
      }
      activeUntil = w + ACTIVE_WINDOW_WEEKS;
      if (joined) {
        const promoMult = promoPointsMultiplier[promoRow + w]!;
        let base = 0;
        let bonus = 0;
        let promo = 0;
        let tierPts = 0;
        for (let d = 0; d < nPl; d++) {
          const basket = basketValue(baskets, meanBasket, shape, unit) * spendFactor;
          base += roundPoints(basket * e, rounding);
          if (tierMult !== 1) tierPts += roundPoints(basket * e * (tierMult - 1), rounding);
          if (promoMult !== 1) promo += roundPoints(basket * e * (promoMult - 1), rounding);
          if (basket >= spendBonusOver) bonus += spendBonusPoints;
          if (categoryBonusRate > 0) bonus += roundPoints(basket * e * categoryBonusRate, rounding);
        }
        acc[plBase + S_MEMBER_REVENUE * H + w]! += revenue;
        acc[plBase + S_P_BASE * H + w]! += base;
        if (bonus !== 0) acc[plBase + S_P_BONUS * H + w]! += bonus;
        if (promo !== 0) acc[plBase + S_P_PROMO * H + w]! += promo;
        if (tierPts !== 0) acc[plBase + S_P_TIER * H + w]! += tierPts;
        balance += base + bonus + promo + tierPts;
      }
    }

    // Redemption: at most once a week (points never expire under a plain plan).
    if (joined && balance >= floorPoints) {
      const extra = linearRewards ? 0 : balance / firstThreshold - 1;
      if (planRng.u32() < redeemPropensity * (1 + balanceElasticity * extra)) {
        let points: number;
        let value: number;
        if (linearRewards) {
          points = balance;
          value = points * p.pointValue;
        } else {
          let r = topThreshold;
          while (thresholdPoints[r]! > balance) r--;
          points = thresholdPoints[r]!;
          value = thresholdValue[r]!;
        }
        balance -= points;
        acc[plBase + S_P_REDEEMED * H + w]! += points;
        acc[plBase + S_REDEEMERS * H + w]! += 1;
        acc[plBase + S_REWARD_COST * H + w]! += value * costPerReward;
        acc[plBase + S_REWARD_VALUE * H + w]! += value;
        if (burnCostPerPoint > 0) acc[plBase + S_PARTNER_COST * H + w]! += points * burnCostPerPoint;
        postRedemptionUntil = w + 1 + p.postRedemptionWeeks;
      }
    }

    const dropoutWeek = events.dropoutWeek;
    if (w === dropoutWeek) {
      acc[plBase + S_ALIVE * H + w]! -= 1;
      if (joined && w + 1 < H) {
        acc[plBase + R_PRIVILEGE * H + w + 1]! -= p.privilegeCostPerWeek[seg * T]!;
        if (contactOpen) acc[plBase + R_CONTACT * H + w + 1]! -= contactCost;
      }
      if (balance > 0) acc[plBase + S_P_LAPSED * H + w]! += balance;
      break;
    }

    // Nothing happens in a week without a purchase event while the balance is below the
    // redemption floor: jump to the next event.
    if (balance < floorPoints) {
      let next = events.week;
      if (dropoutWeek < next) next = dropoutWeek;
      if (!joined && joinWeek < next) next = joinWeek;
      if (contactOpen && activeUntil < next) next = activeUntil;
      if (next > w + 1) w = next - 1;
    }
  }
  addActiveWeeks(acc, plBase + S_ACTIVE * H, activeFrom, activeUntil, H);
}
