import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/methods';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { invoke, isConnectionLost, onEvent } from '../backend/client';
import type { ConnectionStatus } from '../backend/client';
import { reportError } from '../errors/errorStore';
import { sameSummary } from '../workspace/sameSummary';

export type StartupPhase = 'waiting' | 'opening' | 'ready' | 'failed';

export interface Startup {
  phase: StartupPhase;
  info: AppInfo | null;
  /** Why start-up failed (phase 'failed'). */
  failure: unknown;
  summary: WorkspaceSummary | null;
  setSummary(summary: WorkspaceSummary | null): void;
  /** Counts connections; goes up after each reconnection, so lists can reload what they missed. */
  generation: number;
  retry(): void;
}

/**
 * Start-up: once connected, ask who the backend is, then open the default workspace (the last
 * one, or the sample, generated on first start while a job reports progress). After a
 * reconnection the same steps run again to catch up: 'workspace.openDefault' returns the
 * workspace that is already open.
 */
export function useStartup(status: ConnectionStatus): Startup {
  const [generation, setGeneration] = useState(0);
  const [phase, setPhase] = useState<StartupPhase>('waiting');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [summary, setSummaryState] = useState<WorkspaceSummary | null>(null);

  const setSummary = useCallback((next: WorkspaceSummary | null) => {
    // The same workspace arrives twice (the call's answer and the 'workspace.changed' event);
    // keeping the old object when nothing changed spares the pages a second round of queries.
    setSummaryState((previous) => (sameSummary(previous, next) ? previous : next));
  }, []);

  useEffect(() => {
    if (status === 'open') setGeneration((g) => g + 1);
  }, [status]);

  useEffect(() => onEvent('workspace.changed', setSummary), [setSummary]);

  useEffect(() => {
    if (generation === 0) return undefined;
    let live = true;
    let gotInfo = false;
    setPhase((p) => (p === 'ready' ? p : 'opening'));
    (async () => {
      const appInfo = await invoke('app.info', {});
      if (!live) return;
      gotInfo = true;
      setInfo(appInfo);
      const opened = await invoke('workspace.openDefault', {});
      if (!live) return;
      setSummary(opened);
      setPhase('ready');
    })().catch((error: unknown) => {
      // A dropped connection is the banner's business; the next connection runs this again.
      if (!live || isConnectionLost(error)) return;
      if (gotInfo) {
        // The app works without a workspace: New, Open and the sample are still there.
        setSummary(null);
        setPhase('ready');
        reportError('Opening your last workspace', error);
      } else {
        setFailure(error);
        setPhase('failed');
      }
    });
    return () => {
      live = false;
    };
  }, [generation, setSummary]);

  const retry = useCallback(() => {
    setFailure(null);
    setPhase('waiting');
    setGeneration((g) => g + 1);
  }, []);

  return { phase, info, failure, summary, setSummary, generation, retry };
}
