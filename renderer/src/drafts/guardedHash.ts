import { dirtyGuards, requestLeave } from './leaveGuard';

/**
 * The page lives in the URL hash, and a hash can change from anywhere: the navigation bar, a
 * link in a page ("Run this plan"), the browser's Back. Every change passes here; one that
 * leaves the page while a draft is unsaved is undone and asked about first.
 */
const listeners = new Set<() => void>();
let shown = '';
/** A hash the user agreed to go to: it passes without asking again. */
let agreed: string | null = null;

/** Two hashes show the same page when they differ only past the page's id. */
const pageOf = (hash: string): string => hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';

function onHashChange(): void {
  const target = window.location.hash;
  const leaving = pageOf(target) !== pageOf(shown);
  if (leaving && target !== agreed && dirtyGuards().length > 0) {
    // Back on the page being left (without a hashchange of its own), then the question.
    const from = shown;
    window.history.replaceState(window.history.state, '', from || window.location.pathname + window.location.search);
    requestLeave(() => goTo(target));
    return;
  }
  agreed = null;
  shown = target;
  for (const listener of listeners) listener();
}

function goTo(hash: string): void {
  agreed = hash;
  window.location.hash = hash;
}

export function subscribeHash(listener: () => void): () => void {
  if (listeners.size === 0) {
    shown = window.location.hash;
    window.addEventListener('hashchange', onHashChange);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

/** Goes to `hash`, asking first when that leaves a page with unsaved drafts. */
export function navigateToHash(hash: string): void {
  if (hash === window.location.hash) return;
  if (pageOf(hash) === pageOf(window.location.hash)) {
    goTo(hash);
    return;
  }
  requestLeave(() => goTo(hash));
}
