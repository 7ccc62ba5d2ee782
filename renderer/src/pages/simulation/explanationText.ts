import type { Explanation } from '../../../../shared/simulation/explainResults';
import type { Formatters } from '../../format/formatters';
import type { SimulationT } from './simulationText';

/** One explanation of a run's figures in the interface's language (weeks counted from 1, as on the charts). */
export function explanationText(e: Explanation, t: SimulationT, format: Formatters): string {
  switch (e.code) {
    case 'segmentNegative': {
      const because = e.mechanics.map((m) => t(`explain.because.${m}`, { promotions: e.promotions.join(', ') })).join(' ');
      return e.figure === 'revenue'
        ? t('explain.segmentRevenue', { segment: e.segment, amount: format.currency(-e.amount), because })
        : t('explain.segmentPurchases', { segment: e.segment, count: format.count(Math.round(-e.amount)), because });
    }
    case 'weekDip':
      return e.promotion !== null
        ? t('explain.weekDipPromotion', { week: e.week + 1, amount: format.currency(-e.amount), promotion: e.promotion })
        : t('explain.weekDip', { week: e.week + 1, amount: format.currency(-e.amount), because: t(`explain.because.${e.mechanic}`, { promotions: '' }) });
    case 'costAboveRevenue':
      return t('explain.costAboveRevenue', { cost: format.currency(e.cost), revenue: format.currency(e.incrementalRevenue), largest: t(`explain.cost.${e.largest}`), amount: format.currency(e.largestAmount) });
    case 'breakEvenAbovePlan':
      return t('explain.breakEvenAbovePlan', { breakEven: format.percent(e.breakEven), achieved: format.percent(e.achieved), largest: t(`explain.cost.${e.largest}`), amount: format.currency(e.largestAmount) });
  }
}
