import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { useTranslation } from 'react-i18next';
import { WorkspacePage } from './WorkspacePage';
import { PlanDesigner } from './plan/PlanDesigner';

/** The points plan designer: one section per mechanic, checked as it is typed, with its economics live. */
export function PlanPage({ summary }: { summary: WorkspaceSummary | null }) {
  const { t } = useTranslation('plan');
  return (
    <WorkspacePage testId="page-plan" title={t('title')} intro={t('intro')} noWorkspace={t('noWorkspace')} summary={summary}>
      {(open) => <PlanDesigner summary={open} />}
    </WorkspacePage>
  );
}
