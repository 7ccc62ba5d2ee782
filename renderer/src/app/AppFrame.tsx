import { AppShell, Box } from '@mantine/core';
import type { AppInfo } from '../../../shared/contract/methods';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import type { ConnectionStatus } from '../backend/client';
import { DraftWorkspace } from '../drafts/draftWorkspace';
import { LeavePrompt } from '../drafts/LeavePrompt';
import { WorkflowTour } from '../help/WorkflowTour';
import type { DisplayedJob } from '../jobs/jobDisplay';
import { CustomerValuePage } from '../pages/CustomerValuePage';
import { DataPage } from '../pages/DataPage';
import { PlaceholderPage } from '../pages/PlaceholderPage';
import { SegmentsPage } from '../pages/SegmentsPage';
import { PlanPage } from '../pages/PlanPage';
import { ReportsPage } from '../pages/ReportsPage';
import { ScenariosPage } from '../pages/ScenariosPage';
import { SimulationPage } from '../pages/SimulationPage';
import { WorkspaceDialogs } from '../workspace/WorkspaceDialogs';
import { useWorkspaceActions, type WorkspaceActions } from '../workspace/useWorkspaceActions';
import { AppHeader } from './AppHeader';
import { ConnectionBanner } from './ConnectionBanner';
import { NavigationBar } from './NavigationBar';
import type { PageId } from './pages';
import { StatusArea } from './StatusArea';
import { useGuardedWorkspaceActions } from './useGuardedWorkspaceActions';
import { useHashRoute } from './useHashRoute';
import { useMenuActions } from './useMenuActions';

interface AppFrameProps {
  info: AppInfo;
  summary: WorkspaceSummary | null;
  onOpened: (summary: WorkspaceSummary) => void;
  jobs: readonly DisplayedJob[];
  connection: ConnectionStatus;
}

export function AppFrame({ info, summary, onOpened, jobs, connection }: AppFrameProps) {
  const [page, navigate] = useHashRoute();
  const actions = useGuardedWorkspaceActions(useWorkspaceActions(summary, onOpened));
  useMenuActions(actions);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'xs' }}
      footer={{ height: 44 }}
      padding={0}
      styles={{ main: { backgroundColor: 'var(--lw-page-bg)' } }}
    >
      <AppShell.Header>
        <AppHeader summary={summary} actions={actions} />
      </AppShell.Header>
      <AppShell.Navbar>
        <NavigationBar page={page} onNavigate={navigate} info={info} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Box px={32} py={28} maw={1400}>
          <ConnectionBanner status={connection} />
          <DraftWorkspace.Provider value={summary?.path ?? null}>
            <CurrentPage page={page} summary={summary} actions={actions} jobs={jobs} />
          </DraftWorkspace.Provider>
        </Box>
      </AppShell.Main>
      <AppShell.Footer>
        <StatusArea jobs={jobs} summary={summary} />
      </AppShell.Footer>
      <WorkspaceDialogs actions={actions} current={summary} />
      <LeavePrompt />
      <WorkflowTour />
    </AppShell>
  );
}

interface CurrentPageProps {
  page: PageId;
  summary: WorkspaceSummary | null;
  actions: WorkspaceActions;
  jobs: readonly DisplayedJob[];
}

function CurrentPage({ page, summary, actions, jobs }: CurrentPageProps) {
  switch (page) {
    case 'data':
      return <DataPage summary={summary} actions={actions} jobs={jobs} />;
    case 'customer-value':
      return <CustomerValuePage summary={summary} />;
    case 'segments':
      return <SegmentsPage summary={summary} />;
    case 'plan':
      return <PlanPage summary={summary} />;
    case 'simulation':
      return <SimulationPage summary={summary} jobs={jobs} />;
    case 'scenarios':
      return <ScenariosPage summary={summary} jobs={jobs} />;
    case 'reports':
      return <ReportsPage summary={summary} jobs={jobs} />;
    default:
      return <PlaceholderPage page={page} />;
  }
}
