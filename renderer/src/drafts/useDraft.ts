import { useMemo, useSyncExternalStore } from 'react';
import { drafts, type DraftBook } from './draftBook';
import { draftState, type DraftState } from './draftState';

/**
 * The draft under `key` (null while there is nothing to edit yet), kept in the app's book so it
 * outlives the page, with its undo history. `saved` is what the workspace holds now; `initial`
 * what an untouched new document shows.
 */
export function useDraft<T>(key: string | null, saved: T | null, initial: T | null = null, book: DraftBook = drafts): DraftState<T> {
  const entry = useSyncExternalStore(
    (listener) => book.subscribe(listener),
    () => (key === null ? null : book.entry(key)),
  );
  return useMemo(() => draftState(book, key, saved, initial), [book, key, saved, initial, entry]);
}
