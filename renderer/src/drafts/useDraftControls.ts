import { useEffect, useRef, type RefObject } from 'react';
import { addDraftKeys } from './draftKeys';
import type { DraftState } from './draftState';
import { useLeaveGuard } from './useLeaveGuard';

export interface DraftControls<T> {
  draft: DraftState<T>;
  /** What the draft is, in words, for the leave prompt. */
  label: string;
  /** Why it cannot be saved as it stands, or null. */
  cannotSave: string | null;
  /** Saves the draft; resolves true once saved. */
  save(): Promise<boolean>;
}

/**
 * What every draft gets: Ctrl/Cmd+S, Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y while its part of
 * the page (`root`) is shown, and the question before leaving the page with it unsaved.
 */
export function useDraftControls<T>(root: RefObject<HTMLElement | null>, controls: DraftControls<T>): void {
  const latest = useRef(controls);
  latest.current = controls;
  useLeaveGuard({
    label: controls.label,
    dirty: controls.draft.dirty,
    cannotSave: controls.cannotSave,
    save: () => latest.current.save(),
    discard: () => latest.current.draft.discard(),
  });
  useEffect(
    () =>
      addDraftKeys(
        () => root.current,
        () => ({
          save: () => {
            // A draft with problems still goes to its page's save, which says what to fix.
            const { draft, save } = latest.current;
            if (draft.dirty) void save();
          },
          undo: () => latest.current.draft.undo(),
          redo: () => latest.current.draft.redo(),
        }),
      ),
    [root],
  );
}
