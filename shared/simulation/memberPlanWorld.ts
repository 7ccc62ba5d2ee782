import type { UnitGamma } from '../random/fastGamma';
import * as engine from './engineParams';
import * as kernel from './engineKernel';
import * as layout from './accumulatorLayout';
import type { BlockContext } from './blockContext';
import { SERIES_INDEX } from './results';

/**
 * A member's plan world, from launch to the horizon or its dropout, under any plan (plain plans
 * take simulatePlainMember): week by week it reads the baseline's purchase events and the plan's
 * extra ones from the block's PlanEvents at the week's rate multiplier (PlanEvents writes the
 * baseline on the way). A function of its own, called once per member, so the engine compiles it
 * as soon as it is hot and a recompilation costs one customer, not a block.
 */

// Module constants rather than imported names read through getters (see engineKernel.ts).
const membershipUplift = kernel.membershipUplift;
const rateMultiplierBound = kernel.rateMultiplierBound;
const roundPoints = kernel.roundPoints;
const expiryWeekOf = kernel.expiryWeekOf;
const addActiveWeeks = kernel.addActiveWeeks;
const basketValue = kernel.basketValue;
const ACTIVE_WINDOW_WEEKS = engine.ACTIVE_WINDOW_WEEKS;
const R_CONTACT = layout.R_CONTACT;
const R_PARTNER_COST = layout.R_PARTNER_COST;
const R_PARTNER_POINTS = layout.R_PARTNER_POINTS;
const R_PRIVILEGE = layout.R_PRIVILEGE;
const EXPIRY_CALENDAR = engine.EXPIRY_CALENDAR;
const EXPIRY_INACTIVITY = engine.EXPIRY_INACTIVITY;
const EXPIRY_NONE = engine.EXPIRY_NONE;
const EXPIRY_ROLLING = engine.EXPIRY_ROLLING;
const WEEKS_PER_YEAR = engine.WEEKS_PER_YEAR;
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
const S_P_FREQ = SERIES_INDEX.pointsFrequency;
const S_P_TIER = SERIES_INDEX.pointsTier;
const S_P_REDEEMED = SERIES_INDEX.pointsRedeemed;
const S_P_EXPIRED = SERIES_INDEX.pointsExpired;
const S_P_LAPSED = SERIES_INDEX.pointsHeldByLapsed;
const S_REWARD_COST = SERIES_INDEX.rewardCost;
const S_REWARD_VALUE = SERIES_INDEX.rewardValueRedeemed;
const S_PUNCH_COST = SERIES_INDEX.punchCardCost;
const S_PARTNER_COST = SERIES_INDEX.partnerNetCost;

export function simulateMember(
  k: BlockContext,
  i: number,
  seg: number,
  lambda: number,
  dropoutRate: number,
  meanBasket: number,
  shape: number,
  unit: UnitGamma | null,
  weeksSinceLast: number,
  joinWeek: number,
  birthdayWeek: number,
  cfBase: number,
  plBase: number,
): void {
  const { p, acc, trace, planRng, baskets, events, batchWeek, batchPoints, tierRing, firstThreshold, topThreshold, punchOn, tiersOn } = k;
  const { costPerReward, burnCostPerPoint, partnerIncome, floorPoints, maxPromo, keepBatches, quietWeeks } = k;
  const { horizonWeeks: H, tierCount: T, pointsPerCurrency: e, rounding, expiryWeeks: E, partnerEarnPointsPerWeek: partnerPoints, visitPeriod, streakPeriod } = p;
  const uplift = membershipUplift(p, seg, lambda);
  const bound = rateMultiplierBound(p, seg, uplift, maxPromo[seg]!);
  const baseDropoutRate = dropoutRate;
  events.begin(cfBase, plBase, lambda, dropoutRate, meanBasket, weeksSinceLast, joinWeek, bound);
  let dropoutFactor = 1;
  /** The next week the member's dropout rate may change: joining, a new tier, a demotion's end. */
  let factorWeek = joinWeek;

  let activeFrom = 0;
  let activeUntil = weeksSinceLast < ACTIVE_WINDOW_WEEKS ? Math.ceil(ACTIVE_WINDOW_WEEKS - weeksSinceLast) : 0;
  let lastActivity = -Math.ceil(weeksSinceLast);
  let head = 0;
  let tail = 0;
  let balance = 0;
  let stamps = p.punchPrestamped;
  let visits = 0;
  let boughtThisStreakPeriod = false;
  let streak = 0;
  let tier = 0;
  let rollingSpend = 0;
  let demotedUntil = -1;
  let postRedemptionUntil = -1;
  let joined = false;
  let cardsDone = 0;
  let contactOpen = false;

  if (tiersOn) tierRing.fill(0);

  let nextYearEnd = WEEKS_PER_YEAR - 1;
  let nextBirthday = birthdayWeek;
  let nextVisitEnd = visitPeriod - 1;
  let nextStreakEnd = streakPeriod - 1;
  let nextReview = p.tierReview - 1;
  let ringSlot = 0;

  for (let w = 0; w < H; w++) {
    // ---- joining ----
    if (!joined && w >= joinWeek) {
      joined = true;
      acc[plBase + S_MEMBERS * H + w]! += 1;
      lastActivity = Math.max(lastActivity, w);
      acc[plBase + R_PRIVILEGE * H + w]! += p.privilegeCostPerWeek[seg * T]!;
      if (partnerPoints > 0) {
        acc[plBase + R_PARTNER_POINTS * H + w]! += partnerPoints;
        acc[plBase + R_PARTNER_COST * H + w]! -= partnerIncome;
      }
      if (w < activeUntil) {
        contactOpen = true;
        acc[plBase + R_CONTACT * H + w]! += p.contactCostPerWeek[seg]!;
      }
      if (p.welcomePoints > 0) {
        acc[plBase + S_P_BONUS * H + w]! += p.welcomePoints;
        if (keepBatches) {
          batchWeek[tail] = w;
          batchPoints[tail++] = p.welcomePoints;
        }
        balance += p.welcomePoints;
      }
    }
    // ---- the member's dropout rate from this week (membership, tier, privilege, demotion) ----
    if (w === factorWeek && joined) {
      let f = (1 - p.memberDropoutReduction) * (1 - p.tierDropoutReduction[tier]!) * (1 - p.privilegeDropoutReduction[seg * T + tier]!);
      if (w < demotedUntil) f *= 1 + p.demotionIncrease;
      if (f !== dropoutFactor) {
        dropoutFactor = f;
        events.setDropoutRate(w, baseDropoutRate * f);
      }
      factorWeek = w < demotedUntil ? demotedUntil : -1;
    }
    const dropoutAt = events.dropoutAt;
    if (contactOpen && w >= activeUntil) {
      contactOpen = false;
      acc[plBase + R_CONTACT * H + w]! -= p.contactCostPerWeek[seg]!;
    }

    // ---- purchases: the baseline's and the plan's extra ones, at the week's multiplier ----
    let nPl = 0;
    let nCf = 0;
    if (events.week === w) {
      let m = 1;
      if (joined) {
        let progress = 0;
        if (!p.linearRewards) progress = balance >= firstThreshold ? 1 : balance / firstThreshold;
        if (punchOn) progress = Math.max(progress, stamps / p.punchNeeded);
        // Goal gradient: the pace rises from the member's own rate on an empty card to 1 + g
        // as the reward nears, and falls back with the balance after one (never below it).
        m = (1 + uplift * p.upliftDecay[w - joinWeek]!) * (1 + p.goalGradient * progress) * p.promoIntensity[seg * H + w]!;
        if (w < postRedemptionUntil) m *= 1 + p.postRedemptionUplift;
        if (w < activeUntil) m *= 1 + p.contactUplift[seg]!;
        if (m > bound) m = bound;
      }
      nPl = events.countWeek(w, m, dropoutAt);
      nCf = events.weekBaseline;
    }

    if (trace && joined && punchOn && stamps < trace.stampWeeks.length) {
      trace.stampWeeks[stamps]! += 1;
      trace.stampPurchases[stamps]! += nPl;
      if (stamps === p.punchPrestamped && cardsDone === 0) {
        trace.emptyFirstCardWeeks += 1;
        trace.emptyFirstCardPurchases += nPl;
      } else if (stamps === p.punchPrestamped && w < postRedemptionUntil) {
        trace.emptyAfterRewardWeeks += 1;
        trace.emptyAfterRewardPurchases += nPl;
      }
    }
    let weekPoints = 0;
    let spendWeek = 0;
    // Revenue is the purchases' expectation, as in the baseline; baskets drawn below set the
    // points, bonuses and tier spend. The change is plan less baseline (none where they agree).
    const spendFactor = joined ? 1 + p.spendUplift : 1;
    const revenue = nPl * meanBasket * spendFactor;
    if (nPl !== nCf) acc[plBase + S_PURCHASES * H + w]! += nPl - nCf;
    const revenueChange = revenue - nCf * meanBasket;
    if (revenueChange !== 0) acc[plBase + S_REVENUE * H + w]! += revenueChange;
    if (nPl > 0) {
      if (w >= activeUntil) {
        addActiveWeeks(acc, plBase + S_ACTIVE * H, activeFrom, activeUntil, H);
        activeFrom = w;
        if (joined && !contactOpen) {
          contactOpen = true;
          acc[plBase + R_CONTACT * H + w]! += p.contactCostPerWeek[seg]!;
        }
      }
      activeUntil = w + ACTIVE_WINDOW_WEEKS;
      lastActivity = w;
      if (trace) trace.purchasesPlan[i]! += nPl;
      if (joined) {
        const promoMult = p.promoPointsMultiplier[seg * H + w]!;
        const tierMult = p.tierMultiplier[tier]!;
        let base = 0;
        let bonus = 0;
        let promo = 0;
        let tierPts = 0;
        for (let d = 0; d < nPl; d++) {
          const basket = basketValue(baskets, meanBasket, shape, unit) * spendFactor;
          spendWeek += basket;
          base += roundPoints(basket * e, rounding);
          if (tierMult !== 1) tierPts += roundPoints(basket * e * (tierMult - 1), rounding);
          if (promoMult !== 1) promo += roundPoints(basket * e * (promoMult - 1), rounding);
          if (basket >= p.spendBonusOver) bonus += p.spendBonusPoints;
          if (p.categoryBonusRate > 0) bonus += roundPoints(basket * e * p.categoryBonusRate, rounding);
        }
        acc[plBase + S_MEMBER_REVENUE * H + w]! += revenue;
        acc[plBase + S_P_BASE * H + w]! += base;
        if (bonus !== 0) acc[plBase + S_P_BONUS * H + w]! += bonus;
        if (promo !== 0) acc[plBase + S_P_PROMO * H + w]! += promo;
        if (tierPts !== 0) acc[plBase + S_P_TIER * H + w]! += tierPts;
        weekPoints += base + bonus + promo + tierPts;
        visits += nPl;
        boughtThisStreakPeriod = true;
        if (punchOn) {
          stamps += nPl;
          while (stamps >= p.punchNeeded) {
            stamps -= p.punchNeeded - p.punchPrestamped;
            cardsDone++;
            acc[plBase + S_PUNCH_COST * H + w]! += p.punchRewardCost;
            if (trace) trace.rewardCost[i]! += p.punchRewardCost;
            postRedemptionUntil = w + 1 + p.postRedemptionWeeks;
          }
        }
      }
    }

    if (joined) {
      let freq = 0;
      // Calendar events by the next week they fall on (a comparison a week, where a modulo
      // by a variable would be a division); weeks before joining are skipped over.
      while (nextYearEnd < w) nextYearEnd += WEEKS_PER_YEAR;
      if (p.birthdayPoints > 0) {
        while (nextBirthday < w) nextBirthday += WEEKS_PER_YEAR;
        if (w === nextBirthday) {
          acc[plBase + S_P_BONUS * H + w]! += p.birthdayPoints;
          weekPoints += p.birthdayPoints;
        }
      }
      if (visitPeriod > 0) {
        while (nextVisitEnd < w) nextVisitEnd += visitPeriod;
        if (w === nextVisitEnd) {
          if (visits >= p.visitTarget) freq += p.visitPoints;
          visits = 0;
        }
      }
      if (streakPeriod > 0) {
        while (nextStreakEnd < w) nextStreakEnd += streakPeriod;
        if (w === nextStreakEnd) {
          streak = boughtThisStreakPeriod ? streak + 1 : 0;
          boughtThisStreakPeriod = false;
          if (streak >= p.streakTarget) {
            freq += p.streakPoints;
            streak = 0;
          }
        }
      }
      if (freq > 0) {
        acc[plBase + S_P_FREQ * H + w]! += freq;
        weekPoints += freq;
      }
      weekPoints += partnerPoints;
      if (weekPoints > 0) {
        if (!keepBatches) {
          // Points that never expire need no dates: the balance is all there is to keep.
        } else if (tail > head && batchWeek[tail - 1] === w) batchPoints[tail - 1]! += weekPoints;
        else {
          batchWeek[tail] = w;
          batchPoints[tail++] = weekPoints;
        }
        balance += weekPoints;
      }

      // Tiers: rolling spend since joining, reviewed every few weeks; the new tier's
      // privileges (and its dropout rate) from the next week.
      if (tiersOn) {
        rollingSpend += spendWeek - tierRing[ringSlot]!;
        tierRing[ringSlot] = spendWeek;
        ringSlot = ringSlot + 1 === p.tierWindow ? 0 : ringSlot + 1;
        while (nextReview < w) nextReview += p.tierReview;
        if (w === nextReview) {
          let next = 0;
          while (next + 1 < T && rollingSpend >= p.tierThreshold[next + 1]!) next++;
          if (next < tier) demotedUntil = w + 1 + p.demotionWeeks;
          if (next !== tier) {
            if (w + 1 < H) acc[plBase + R_PRIVILEGE * H + w + 1]! += p.privilegeCostPerWeek[seg * T + next]! - p.privilegeCostPerWeek[seg * T + tier]!;
            factorWeek = w + 1;
          }
          tier = next;
        }
      }

      // Redemption: at most once a week, oldest points first.
      if (balance >= floorPoints) {
        const nearExpiry =
          (p.expiryRule === EXPIRY_ROLLING && batchWeek[head]! + E - w <= p.nearExpiryWeeks) ||
          (p.expiryRule === EXPIRY_INACTIVITY && lastActivity + E - w <= p.nearExpiryWeeks) ||
          (p.expiryRule === EXPIRY_CALENDAR && nextYearEnd - w < p.nearExpiryWeeks);
        const extra = p.linearRewards ? 0 : balance / firstThreshold - 1;
        const propensity = p.redeemPropensity[seg]! * (1 + p.balanceElasticity * extra) * (nearExpiry ? p.nearExpiryBoost : 1);
        if (planRng.u32() < propensity) {
          let points: number;
          let value: number;
          if (p.linearRewards) {
            points = balance;
            value = points * p.pointValue;
          } else {
            let r = topThreshold;
            while (p.thresholdPoints[r]! > balance) r--;
            points = p.thresholdPoints[r]!;
            value = p.thresholdValue[r]!;
          }
          balance -= points;
          let left = points;
          while (left > 1e-9 && head < tail) {
            const take = Math.min(left, batchPoints[head]!);
            batchPoints[head]! -= take;
            left -= take;
            if (batchPoints[head]! <= 1e-9) head++;
          }
          acc[plBase + S_P_REDEEMED * H + w]! += points;
          acc[plBase + S_REDEEMERS * H + w]! += 1;
          acc[plBase + S_REWARD_COST * H + w]! += value * costPerReward;
          acc[plBase + S_REWARD_VALUE * H + w]! += value;
          if (burnCostPerPoint > 0) acc[plBase + S_PARTNER_COST * H + w]! += points * burnCostPerPoint;
          if (trace) trace.rewardCost[i]! += value * costPerReward;
          postRedemptionUntil = w + 1 + p.postRedemptionWeeks;
        }
      }

      // Expiry at the week's end.
      if (p.expiryRule !== EXPIRY_NONE && head < tail) {
        let expired = 0;
        if (p.expiryRule === EXPIRY_ROLLING) {
          while (head < tail && batchWeek[head]! + E <= w) expired += batchPoints[head++]!;
        } else if (p.expiryRule === EXPIRY_INACTIVITY) {
          if (w - lastActivity >= E) while (head < tail) expired += batchPoints[head++]!;
        } else if (w === nextYearEnd) {
          while (head < tail && batchWeek[head]! <= w - WEEKS_PER_YEAR) expired += batchPoints[head++]!;
        }
        if (expired > 0) {
          balance -= expired;
          acc[plBase + S_P_EXPIRED * H + w]! += expired;
        }
      }
    }

    // ---- dropout: at a moment within this week; no longer alive at the week's end ----
    const dropoutWeek = events.dropoutWeek;
    if (w === dropoutWeek) {
      acc[plBase + S_ALIVE * H + w]! -= 1;
      if (joined && w + 1 < H) {
        // The member's weekly costs and partner points stop; the points stay on the books
        // until they expire (or for ever).
        acc[plBase + R_PRIVILEGE * H + w + 1]! -= p.privilegeCostPerWeek[seg * T + tier]!;
        if (partnerPoints > 0) {
          acc[plBase + R_PARTNER_POINTS * H + w + 1]! -= partnerPoints;
          acc[plBase + R_PARTNER_COST * H + w + 1]! += partnerIncome;
        }
        if (contactOpen) acc[plBase + R_CONTACT * H + w + 1]! -= p.contactCostPerWeek[seg]!;
      }
      if (balance > 0) {
        acc[plBase + S_P_LAPSED * H + w]! += balance;
        // Each batch leaves the lapsed customers' points when it expires (never, without expiry).
        for (let b = head; keepBatches && b < tail; b++) {
          const at = Math.max(w + 1, expiryWeekOf(p, batchWeek[b]!, lastActivity));
          if (at < H) {
            acc[plBase + S_P_EXPIRED * H + at]! += batchPoints[b]!;
            acc[plBase + S_P_LAPSED * H + at]! -= batchPoints[b]!;
          }
        }
      }
      break;
    }

    // A plan with no weekly mechanics has nothing to do in a week without a purchase event
    // while the balance is below the redemption floor: jump to the next event.
    if (quietWeeks && balance < floorPoints) {
      let next = events.week;
      if (dropoutWeek < next) next = dropoutWeek;
      if (!joined && joinWeek < next) next = joinWeek;
      if (contactOpen && activeUntil < next) next = activeUntil;
      if (next > w + 1) w = next - 1;
    }
  }
  addActiveWeeks(acc, plBase + S_ACTIVE * H, activeFrom, activeUntil, H);
}
