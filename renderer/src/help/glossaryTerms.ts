import type { help } from '../i18n/locales/en/help';

/**
 * The glossary's terms, in the order they are read: grouped by the part of the work they belong
 * to, the groups in the order of the workflow's money questions. The words of each term (name,
 * search keywords, definition) live in the 'help' namespace under `terms.<key>`; this list is the
 * only place that says which terms exist and where each one is shown.
 */
export type GlossaryTermKey = keyof typeof help.terms;
export type GlossaryGroupKey = keyof typeof help.groups;

export interface GlossaryGroup {
  readonly key: GlossaryGroupKey;
  readonly terms: readonly GlossaryTermKey[];
}

export const GLOSSARY_GROUPS: readonly GlossaryGroup[] = [
  { key: 'points', terms: ['freeRewardRate', 'redemptionRate', 'breakage', 'liabilityAtCost', 'goalGradient'] },
  { key: 'accounting', terms: ['deferredRevenue', 'standaloneSellingPrice'] },
  { key: 'results', terms: ['counterfactual', 'incrementalRevenue', 'payback', 'npv', 'p10p90', 'monteCarloError'] },
  { key: 'customers', terms: ['clv', 'probabilityAlive', 'bgnbd', 'paretoNbd', 'gammaGamma', 'segment', 'lifecycleStage', 'strategicScore'] },
  { key: 'decisions', terms: ['sensitivity', 'goalSeek'] },
];

/** Every term once, in reading order. */
export const GLOSSARY_TERMS: readonly GlossaryTermKey[] = GLOSSARY_GROUPS.flatMap((g) => g.terms);
