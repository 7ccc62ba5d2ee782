import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisQuery } from '../../../shared/contract/analysisSchemas';
import type { AnalysisKind, KeptAnalysisOf } from '../../../shared/domain/analysisResults';
import { invoke } from '../backend/client';
import { reportError } from '../errors/errorStore';
import { useWorkspaceRevision } from '../workspace/useWorkspaceRevision';

export interface KeptResult<K extends AnalysisKind> {
  /** The last result kept in the workspace, with its status; null when there is none (or not loaded yet). */
  kept: KeptAnalysisOf<K> | null;
  /** True once the answer for this query has come (so "none yet" can be told from "loading"). */
  loaded: boolean;
  /** Asks again (after a run of it has finished). */
  reload(): void;
}

/**
 * The kept result of an analysis (`analysis.latest`), asked again whenever the workspace
 * changes: the backend announces every import, segmentation, plan save, run and analysis, any
 * of which may make it stale, or replace it. `scope` (the workspace's path) is part of the key,
 * so that another workspace's result is never shown, even for a moment.
 */
export function useKeptResult<K extends AnalysisKind>(scope: string, query: (AnalysisQuery & { kind: K }) | null): KeptResult<K> {
  const { t } = useTranslation('results');
  const revision = useWorkspaceRevision();
  const [asked, setAsked] = useState(0);
  const key = query === null ? null : `${scope}\n${JSON.stringify(query)}`;
  const [answer, setAnswer] = useState<{ key: string; kept: KeptAnalysisOf<K> | null } | null>(null);

  useEffect(() => {
    if (key === null || query === null) return undefined;
    let live = true;
    invoke('analysis.latest', query).then(
      (kept) => {
        if (live) setAnswer({ key, kept: kept !== null && kept.kind === query.kind ? (kept as KeptAnalysisOf<K>) : null });
      },
      (error: unknown) => {
        if (!live) return;
        setAnswer({ key, kept: null });
        reportError(t('loadFailed'), error);
      },
    );
    return () => {
      live = false;
    };
    // The query is read through its key: a new object with the same content asks nothing.
  }, [key, revision, asked, t]);

  const reload = useCallback(() => setAsked((n) => n + 1), []);
  const current = answer !== null && answer.key === key ? answer : null;
  return { kept: current?.kept ?? null, loaded: current !== null, reload };
}
