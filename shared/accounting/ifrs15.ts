/**
 * IFRS 15 / ASC 606 for points that give a material right (IFRS 15.B39–B43).
 *
 * At a sale, the price is shared between the goods and the points in proportion to their
 * stand-alone selling prices; the points' share is deferred (a contract liability). It is
 * released as points are redeemed, in proportion to the redemptions expected in total, and the
 * expectation is re-made each period with a true-up: revenue recognised to date is
 * deferred-to-date x redeemed-to-date / expected-total-redemptions, less what was recognised
 * before. Breakage is thereby recognised in proportion to the pattern of rights exercised.
 *
 * Amounts are in currency, unrounded; points are points.
 */

/** The share of a price allocated to points: price x SSP(points) / (SSP(goods) + SSP(points)). */
export function allocateToPoints(priceCurrency: number, goodsSspCurrency: number, pointsSspCurrency: number): number {
  const total = goodsSspCurrency + pointsSspCurrency;
  return total > 0 ? (priceCurrency * pointsSspCurrency) / total : 0;
}

/** Stand-alone selling price of points: points x value per point x probability of redemption. */
export function pointsStandAloneSellingPrice(points: number, pointValueCurrency: number, redemptionProbability: number): number {
  return points * pointValueCurrency * redemptionProbability;
}

export interface ReleaseSchedule {
  /** Revenue recognised in each period (the true-up included). */
  released: number[];
  /** Deferred revenue (contract liability) at each period's end. */
  balance: number[];
}

/**
 * Releases deferred revenue period by period.
 * @param deferredAtSale revenue deferred in each period for the points issued in it
 * @param pointsRedeemed points redeemed in each period
 * @param expectedTotalRedemptions the estimate, made at each period's end, of all the points
 *   (issued so far) that will ever be redeemed, redemptions to date included
 */
export function releaseSchedule(deferredAtSale: readonly number[], pointsRedeemed: readonly number[], expectedTotalRedemptions: readonly number[]): ReleaseSchedule {
  const n = deferredAtSale.length;
  if (pointsRedeemed.length !== n || expectedTotalRedemptions.length !== n) {
    throw new Error(`releaseSchedule needs series of one length (deferred ${n}, redeemed ${pointsRedeemed.length}, expected ${expectedTotalRedemptions.length}).`);
  }
  const released = new Array<number>(n);
  const balance = new Array<number>(n);
  let deferredToDate = 0;
  let redeemedToDate = 0;
  let releasedToDate = 0;
  for (let t = 0; t < n; t++) {
    deferredToDate += deferredAtSale[t]!;
    redeemedToDate += pointsRedeemed[t]!;
    const expected = Math.max(expectedTotalRedemptions[t]!, redeemedToDate);
    // Nothing is released before anything is expected to be redeemed; never more than deferred.
    const shouldHaveReleased = expected > 0 ? (deferredToDate * redeemedToDate) / expected : 0;
    const now = Math.min(deferredToDate, shouldHaveReleased) - releasedToDate;
    released[t] = now;
    releasedToDate += now;
    balance[t] = deferredToDate - releasedToDate;
  }
  return { released, balance };
}
