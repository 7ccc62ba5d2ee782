import type { AppInfo } from '../../../shared/contract/methods';
import type { SampleSpec } from '../../../shared/sample/sampleSpec';
import type { JobRegistry } from '../jobs/jobRegistry';
import type { UserSettings } from '../settings/userSettings';
import type { WorkerPool } from '../workers/workerPool';
import type { WorkspaceSession } from '../workspace/workspaceSession';

/** What every handler may use: the backend's services, one instance each. */
export interface HandlerContext {
  host: AppInfo['host'];
  version: string;
  homeDir: string;
  session: WorkspaceSession;
  jobs: JobRegistry;
  pool: WorkerPool;
  settings: UserSettings;
  sample: { seed: number; spec: SampleSpec; runScenarios: boolean };
}
