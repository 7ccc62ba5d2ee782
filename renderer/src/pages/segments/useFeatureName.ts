import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The backend names the value features in English; these are their keys in the dictionary. */
const FEATURE_KEYS = {
  'Lifetime value': 'lifetimeValue',
  'Probability alive': 'probabilityAlive',
  Purchases: 'purchases',
  'Days since last purchase': 'daysSinceLastPurchase',
  'Total spend': 'totalSpend',
  'Expected spend per purchase': 'expectedSpend',
} as const;

function isKnownFeature(name: string): name is keyof typeof FEATURE_KEYS {
  return Object.hasOwn(FEATURE_KEYS, name);
}

/** A value feature's name in the interface language; a name this UI does not know is shown as sent. */
export function useFeatureName(): (name: string) => string {
  const { t } = useTranslation('segments');
  return useCallback((name: string) => (isKnownFeature(name) ? t(`features.${FEATURE_KEYS[name]}`) : name), [t]);
}
