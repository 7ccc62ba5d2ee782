import type { GoalSeekLever, GoalSeekTarget } from '../../../../shared/contract/scenarioSchemas';
import type { KpiUnit } from '../../../../shared/simulation/results';
import type { Formatters } from '../../format/formatters';
import { englishScenariosT, type ScenariosT } from './scenariosText';

/**
 * Goal seek's levers and targets as the user meets them: names, and how a value is typed and
 * shown. Rates are typed in percent (1.2 for 1.2%), as a strategist says them; the request
 * carries the share (0.012) the engine uses.
 */

export interface LeverSpec {
  /** The English name (the interface shows `goalSeek.levers.<lever>.label`). */
  label: string;
  /** What the value is, under the figure. */
  unitText: string;
}

export const LEVERS: Readonly<Record<GoalSeekLever, LeverSpec>> = {
  pointsPerCurrencyUnit: { label: 'Earn rate', unitText: 'points per currency unit spent' },
  pointValueCurrency: { label: 'Point value', unitText: 'per point redeemed' },
  rewardThresholdPoints: { label: 'Reward threshold', unitText: 'points for the first reward' },
  promotionMultiplier: { label: 'Promotion multiplier', unitText: 'times the base points, in every promotion' },
};

export interface TargetSpec {
  /** The English name (the interface shows `goalSeek.targets.<target>`). */
  label: string;
  unit: KpiUnit;
  /** Typed in percent (shares and ratios) or in currency. */
  typedInPercent: boolean;
}

export const TARGETS: Readonly<Record<GoalSeekTarget, TargetSpec>> = {
  freeRewardRateTotal: { label: 'Free-reward rate (on total sales)', unit: 'share', typedInPercent: true },
  annualProgrammeCost: { label: 'Annual programme budget', unit: 'currency', typedInPercent: false },
  roi: { label: 'ROI', unit: 'ratio', typedInPercent: true },
  liabilityAtCostEnd: { label: 'Liability cap (at cost, at the horizon’s end)', unit: 'currency', typedInPercent: false },
};

/** The value sent: a typed percentage becomes a share. */
export function targetRequestValue(target: GoalSeekTarget, typed: number): number {
  return TARGETS[target].typedInPercent ? typed / 100 : typed;
}

/** A lever's value as read: an earn rate and a multiplier to two decimals, a point value to four (points are worth fractions of a cent), a threshold in whole points. */
export function formatLever(lever: GoalSeekLever, value: number, format: Formatters, t: ScenariosT = englishScenariosT): string {
  switch (lever) {
    case 'pointsPerCurrencyUnit':
      return new Intl.NumberFormat(format.locale, { maximumFractionDigits: 2, minimumFractionDigits: value < 10 ? 2 : 0 }).format(value);
    case 'pointValueCurrency':
      return new Intl.NumberFormat(format.locale, { style: 'currency', currency: format.currencyCode, minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(value);
    case 'rewardThresholdPoints':
      return t('goalSeek.points', { value: format.count(value) });
    case 'promotionMultiplier':
      return `×${new Intl.NumberFormat(format.locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value)}`;
  }
}

/** The change from the plan's value as a signed percentage, "+25.0%"; null when the plan's value is zero. */
export function leverChange(found: number, base: number, format: Formatters): string | null {
  if (base === 0 || !Number.isFinite(base) || !Number.isFinite(found)) return null;
  const change = found / base - 1;
  const text = format.percent(Math.abs(change));
  return `${change > 0 ? '+' : change < 0 ? '−' : '±'}${text}`;
}

/**
 * The backend's warnings write large figures bare ("costs 150397 a year"); thousands marks make
 * them readable without guessing their unit (money or points), which the sentence already says.
 */
export function readableWarning(warning: string, format: Formatters): string {
  return warning.replace(/(?<![\d.,])\d{4,}(?![\d.,]\d)/g, (digits) => format.count(Number(digits)));
}
