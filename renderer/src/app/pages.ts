import {
  IconAdjustmentsHorizontal,
  IconChartDots3,
  IconDatabase,
  IconDiamond,
  IconGitCompare,
  IconReportAnalytics,
  IconTimeline,
  type Icon,
} from '@tabler/icons-react';

/** The pages in the order of the work: data in, value, segments, plan, projection, choice, report. */
export const PAGE_IDS = ['data', 'customer-value', 'segments', 'plan', 'simulation', 'scenarios', 'reports'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export interface PageInfo {
  id: PageId;
  label: string;
  icon: Icon;
  /** False while the page is only a preview of what is coming. */
  built: boolean;
}

export const PAGES: Record<PageId, PageInfo> = {
  data: { id: 'data', label: 'Data', icon: IconDatabase, built: true },
  'customer-value': { id: 'customer-value', label: 'Customer value', icon: IconDiamond, built: true },
  segments: { id: 'segments', label: 'Segments', icon: IconChartDots3, built: true },
  plan: { id: 'plan', label: 'Plan', icon: IconAdjustmentsHorizontal, built: true },
  simulation: { id: 'simulation', label: 'Simulation', icon: IconTimeline, built: true },
  scenarios: { id: 'scenarios', label: 'Scenarios', icon: IconGitCompare, built: true },
  reports: { id: 'reports', label: 'Reports', icon: IconReportAnalytics, built: true },
};

export const DEFAULT_PAGE: PageId = 'data';

/** "#/segments" → 'segments'; anything unknown → the default page. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '');
  return (PAGE_IDS as readonly string[]).includes(id) ? (id as PageId) : DEFAULT_PAGE;
}

export const hashForPage = (id: PageId): string => `#/${id}`;
