import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentationResult } from '../../../../shared/domain/segmentation';
import { invoke } from '../../backend/client';
import { reportError } from '../../errors/errorStore';
import { useWorkspaceRevision } from '../../workspace/useWorkspaceRevision';

export interface SegmentationInUse {
  /** The workspace's latest segmentation (the one plans use, and the only one renamed or merged); null when none. */
  current: SegmentationResult | null;
  loaded: boolean;
  /** Puts an answer in view at once (a rename, a merge, a new run), before the workspace is asked again. */
  show(result: SegmentationResult): void;
}

/** The segmentation in use, asked again whenever the workspace changes. */
export function useSegmentationInUse(scope: string): SegmentationInUse {
  const { t } = useTranslation('segments');
  const revision = useWorkspaceRevision();
  const [answer, setAnswer] = useState<{ scope: string; current: SegmentationResult | null } | null>(null);
  // An answer asked for before a shown one is older than it, and is dropped.
  const asked = useRef(0);

  useEffect(() => {
    const attempt = ++asked.current;
    invoke('segments.current', {}).then(
      (current) => attempt === asked.current && setAnswer({ scope, current }),
      (error: unknown) => attempt === asked.current && reportError(t('loadingCurrent'), error),
    );
  }, [scope, revision, t]);

  const show = useCallback(
    (result: SegmentationResult) => {
      asked.current++;
      setAnswer({ scope, current: result });
    },
    [scope],
  );
  const mine = answer !== null && answer.scope === scope ? answer : null;
  return { current: mine?.current ?? null, loaded: mine !== null, show };
}
