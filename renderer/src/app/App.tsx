import { useTranslation } from 'react-i18next';
import { ErrorStack } from '../errors/ErrorStack';
import { useConnectionStatus } from '../backend/useConnectionStatus';
import { HelpLayer } from '../help/HelpLayer';
import { useJobs } from '../jobs/useJobs';
import { AppFrame } from './AppFrame';
import { BackendUnavailableScreen } from './BackendUnavailableScreen';
import { StartupScreen } from './StartupScreen';
import { useStartup } from './useStartup';

/** Chooses between start-up, "no backend" and the working app. */
export function App() {
  const status = useConnectionStatus();
  const startup = useStartup(status);
  const jobs = useJobs(startup.generation);
  // A language switch remounts the frame, so every page re-reads its words and re-formats its figures.
  const { i18n } = useTranslation();

  let screen;
  if (startup.phase === 'failed') {
    screen = <BackendUnavailableScreen failure={startup.failure} onRetry={startup.retry} />;
  } else if (startup.phase !== 'ready' && status === 'unavailable') {
    screen = <BackendUnavailableScreen failure={null} onRetry={() => window.location.reload()} />;
  } else if (startup.phase !== 'ready' || !startup.info) {
    screen = <StartupScreen connecting={status !== 'open'} jobs={jobs} />;
  } else {
    screen = <AppFrame key={i18n.language} info={startup.info} summary={startup.summary} onOpened={startup.setSummary} jobs={jobs} connection={status} />;
  }

  return (
    <>
      {screen}
      <ErrorStack />
      <HelpLayer />
    </>
  );
}
