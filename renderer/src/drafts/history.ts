import { sameValue } from './sameValue';
import { changedLeaf } from './changedLeaf';

/**
 * Undo and redo over whole values. The forms here hand over the next value of the whole
 * document on every change, built by spreading the previous one, so a snapshot shares every
 * part the edit did not touch: keeping the values themselves costs little and needs no patches.
 */
export interface History<T> {
  /** Oldest first; the last is what Undo goes back to. */
  readonly past: readonly T[];
  readonly present: T;
  /** Nearest first; the first is what Redo brings back. */
  readonly future: readonly T[];
  /** The field the last edit typed into and when, so typing a word in one field is one step. */
  readonly typing: { readonly path: string; readonly at: number } | null;
}

/** Steps kept; an older step falls off rather than the history growing without end. */
export const HISTORY_LIMIT = 200;
/** Keystrokes in the same field this close together are one step. */
export const TYPING_MS = 1000;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], typing: null };
}

const same = sameValue;

/**
 * The history after an edit to `next` at time `at` (ms). An edit that changes nothing is no step.
 * A change of one typed value (text or number) in the field the previous edit typed into, within
 * TYPING_MS, extends that step instead of adding one; anything else (a row added, a choice made,
 * two fields at once) is a step of its own.
 */
export function recordEdit<T>(history: History<T>, next: T, at: number, limit = HISTORY_LIMIT): History<T> {
  if (same(next, history.present)) return history;
  const leaf = changedLeaf(history.present, next);
  const typed = leaf !== null && (typeof leaf.after === 'string' || typeof leaf.after === 'number') ? leaf.path : null;
  const continues = typed !== null && history.typing !== null && history.typing.path === typed && at - history.typing.at <= TYPING_MS;
  const typing = typed === null ? null : { path: typed, at };
  if (continues) {
    const before = history.past[history.past.length - 1];
    // Typed back to where the step began: the step is gone, not an empty one.
    if (before !== undefined && same(before, next)) return { past: history.past.slice(0, -1), present: next, future: [], typing: null };
    return { past: history.past, present: next, future: [], typing };
  }
  const past = [...history.past, history.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], typing };
}

export function undo<T>(history: History<T>): History<T> {
  const before = history.past[history.past.length - 1];
  if (before === undefined) return history;
  return { past: history.past.slice(0, -1), present: before, future: [history.present, ...history.future], typing: null };
}

export function redo<T>(history: History<T>): History<T> {
  const [after, ...rest] = history.future;
  if (after === undefined) return history;
  return { past: [...history.past, history.present], present: after, future: rest, typing: null };
}

export const canUndo = (history: History<unknown>): boolean => history.past.length > 0;
export const canRedo = (history: History<unknown>): boolean => history.future.length > 0;
