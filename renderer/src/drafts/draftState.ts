import { sameValue } from './sameValue';
import type { DraftBook } from './draftBook';
import { canRedo, canUndo } from './history';

/** A draft as a page uses it: what to show, whether it differs from the saved value, and what to do with it. */
export interface DraftState<T> {
  /** The draft; else the saved value; else `initial` (a new document not yet touched); else null. */
  value: T | null;
  /** True while the draft holds something the workspace does not (anything, for what was never saved). */
  dirty: boolean;
  /** The saved value changed since the draft began (saved elsewhere, or by goal seek). */
  stale: boolean;
  /** False when this machine's storage refused the draft: it lives only until the app closes. */
  kept: boolean;
  canUndo: boolean;
  canRedo: boolean;
  edit(next: T): void;
  undo(): void;
  redo(): void;
  /** Back to the saved value (a step Undo can take back); a never-saved draft is forgotten. */
  discard(): void;
  /** Tells the draft what has just been saved. */
  settle(saved: T): void;
  /** Keeps a stale draft, now as a change to what is saved today (the user chose it over the other change). */
  rebase(): void;
}

/**
 * The state of the draft under `key` in `book`, given the value saved now (null when never
 * saved or not read yet) and what an untouched new document starts as. Outside React, so it is
 * tested without a page; useDraft only re-reads it when the book changes.
 */
export function draftState<T>(book: DraftBook, key: string | null, saved: T | null, initial: T | null = null, same: (a: T, b: T) => boolean = sameValue): DraftState<T> {
  const entry = key === null ? null : book.entry(key);
  const history = entry?.history ?? null;
  const dirty = entry !== null && (saved === null || !same(entry.history.present as T, saved));
  const noop = () => {};
  return {
    value: history ? (history.present as T) : (saved ?? initial),
    dirty,
    stale: dirty && entry.base !== null && saved !== null && !same(entry.base as T, saved),
    kept: entry?.kept ?? true,
    canUndo: history !== null && canUndo(history),
    canRedo: history !== null && canRedo(history),
    edit: key === null ? noop : (next) => book.edit(key, next, saved, saved ?? initial),
    undo: key === null ? noop : () => book.undo(key, saved),
    redo: key === null ? noop : () => book.redo(key, saved),
    discard: key === null ? noop : () => book.discard(key, saved),
    settle: key === null ? noop : (now) => book.settle(key, now),
    rebase: key === null || saved === null ? noop : () => book.settle(key, saved),
  };
}
