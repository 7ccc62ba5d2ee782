import { useSyncExternalStore } from 'react';
import { isCancellation, toDisplayedError, type DisplayedError } from './displayedError';

/**
 * The errors on screen. A module-level store, because errors come from anywhere (a menu action,
 * a page load, a job) and all end up in the one stack in the corner.
 */
const MAX_SHOWN = 4;
let errors: readonly DisplayedError[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of [...listeners]) listener();
}

/** Shows `error` under `title` (what the user was doing). Cancellations are not shown. */
export function reportError(title: string, error: unknown): void {
  if (isCancellation(error)) return;
  errors = [...errors, toDisplayedError(nextId++, title, error)].slice(-MAX_SHOWN);
  emit();
}

export function dismissError(id: number): void {
  errors = errors.filter((e) => e.id !== id);
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useErrors(): readonly DisplayedError[] {
  return useSyncExternalStore(subscribe, () => errors);
}
