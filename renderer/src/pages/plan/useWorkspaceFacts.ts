import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerBase } from '../../../../shared/plan/derivedFigures';
import type { BuyerGroup } from '../../../../shared/plan/earnRate';
import { invoke } from '../../backend/client';
import { reportError } from '../../errors/errorStore';
import { annualPurchases, annualSales, buyerGroups } from './workspaceFacts';

export interface WorkspaceFacts {
  /** The current segmentation's names; null when the workspace has none. */
  segmentNames: string[] | null;
  base: CustomerBase | null;
  annualSalesCurrency: number | null;
  /** A year of purchases and the customers grouped by how often they buy: the live figures' per-purchase mechanics. */
  annualPurchases: number | null;
  buyerGroups: BuyerGroup[];
}

/** What the designer needs from the workspace: its segment names and sizes, and a year of sales. */
export function useWorkspaceFacts(scope: string, customers: number): WorkspaceFacts {
  const { t } = useTranslation('plan');
  const [facts, setFacts] = useState<WorkspaceFacts>({ segmentNames: null, base: null, annualSalesCurrency: null, annualPurchases: null, buyerGroups: [] });
  useEffect(() => {
    let live = true;
    Promise.all([invoke('segments.current', {}), invoke('customers.overview', {})]).then(
      ([segmentation, overview]) => {
        if (!live) return;
        const segments = segmentation?.segments.map((s) => ({ name: s.name, size: s.size })) ?? [];
        setFacts({
          segmentNames: segmentation ? segments.map((s) => s.name) : null,
          base: { customers, segments },
          annualSalesCurrency: annualSales(overview.monthly),
          annualPurchases: annualPurchases(overview.monthly),
          buyerGroups: buyerGroups(overview),
        });
      },
      (error: unknown) => live && reportError(t('errors.readingFacts'), error),
    );
    return () => {
      live = false;
    };
  }, [scope, customers, t]);
  return facts;
}
