import { useCallback, useEffect, useState } from 'react';

export interface WorkspaceQuery<T> {
  /** The latest answer for this workspace; while a new one loads, the previous stays in view. */
  data: T | null;
  /** True until the answer for the current key has arrived. */
  loading: boolean;
  /** Why the answer for the current key failed; null otherwise. */
  error: unknown;
  reload(): void;
}

type Answer<T> = { scope: string; key: string } & ({ ok: true; data: T } | { ok: false; error: unknown });

/**
 * A backend read tied to the open workspace (`scope`, its path) and to what is asked (`key`).
 * A new key keeps the old answer on screen until the new one arrives, so paging and sorting do
 * not flash; another workspace's answer is never shown.
 */
export function useWorkspaceQuery<T>(scope: string, key: string, load: () => Promise<T>): WorkspaceQuery<T> {
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const [lastData, setLastData] = useState<{ scope: string; data: T } | null>(null);
  const [attempt, setAttempt] = useState(0);

  // A retry is a new question: its answer must not be confused with the failed one's.
  const asked = `${key}#${attempt}`;

  useEffect(() => {
    let live = true;
    load().then(
      (data) => {
        if (!live) return;
        setAnswer({ scope, key: asked, ok: true, data });
        setLastData({ scope, data });
      },
      (error: unknown) => live && setAnswer({ scope, key: asked, ok: false, error }),
    );
    return () => {
      live = false;
    };
    // `load` is built from the same inputs as `key`, so the key says when it changed.
  }, [scope, asked]);

  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  const current = answer && answer.scope === scope && answer.key === asked ? answer : null;
  return {
    data: lastData && lastData.scope === scope ? lastData.data : null,
    loading: current === null,
    error: current && !current.ok ? current.error : null,
    reload,
  };
}
