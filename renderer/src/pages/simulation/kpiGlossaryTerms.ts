import type { GlossaryTermKey } from '../../help/glossaryTerms';
import type { HeadlineKpiKey } from './kpiFormat';

/**
 * The glossary term behind a KPI card, for its "what is this?" link. Only cards whose figure needs
 * more than its tooltip have one: counts (members) and plain ratios (ROI) explain themselves.
 */
export const KPI_GLOSSARY_TERMS: Partial<Record<HeadlineKpiKey, GlossaryTermKey>> = {
  incrementalRevenue: 'incrementalRevenue',
  freeRewardRateTotal: 'freeRewardRate',
  paybackWeeksCash: 'payback',
  npvAccrued: 'npv',
  liabilityAtCostEnd: 'liabilityAtCost',
  retainedCustomers: 'counterfactual',
  breakage: 'breakage',
};
