import { useMemo, useSyncExternalStore } from 'react';
import { drafts, type DraftBook } from './draftBook';
import { draftState, type DraftState } from './draftState';

/**
 * The draft under `key` (null while there is nothing to edit yet), kept in the app's book so it
 * outlives the page, with its undo history. `saved` is what the workspace holds now; `initial`
 * what an untouched new document shows; `same` when two values mean the same (see draftState).
 */
export function useDraft<T>(key: string | null, saved: T | null, initial: T | null = null, options: { same?: (a: T, b: T) => boolean; book?: DraftBook } = {}): DraftState<T> {
  const book = options.book ?? drafts;
  const { same } = options;
  // The entry is only a signal that the draft changed; draftState reads the book itself.
  const entry = useSyncExternalStore(
    (listener) => book.subscribe(listener),
    () => (key === null ? null : book.entry(key)),
  );
  return useMemo(() => draftState(book, key, saved, initial, same), [book, key, saved, initial, same, entry]);
}
