import { useSyncExternalStore } from 'react';
import type { GlossaryTermKey } from './glossaryTerms';
import { rememberTourSeen, tourSeen } from './tourMemory';
import { CLOSED_TOUR, tourDueAtLaunch, tourReducer, type TourAction, type TourState } from './tourSteps';

/**
 * Whether the glossary and the tour are open, held outside React: any page can open the glossary
 * at a term without being handed a callback, and the state outlives the app frame, which is
 * remounted when the language changes (a glossary or tour open at that moment stays open).
 */
export interface GlossaryState {
  open: boolean;
  /** The term asked for, shown first and marked; null for the whole glossary. */
  term: GlossaryTermKey | null;
  /** Counts the requests, so asking again for the same term scrolls to it again. */
  request: number;
}

export interface HelpState {
  glossary: GlossaryState;
  tour: TourState;
}

let state: HelpState = { glossary: { open: false, term: null, request: 0 }, tour: CLOSED_TOUR };
let launchChecked = false;
const listeners = new Set<() => void>();

function update(next: HelpState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function helpState(): HelpState {
  return state;
}

export function useHelpState(): HelpState {
  return useSyncExternalStore(subscribe, helpState, helpState);
}

/** Opens the glossary, at a term when one is named ("what is this?" beside a figure). */
export function openGlossary(term?: GlossaryTermKey): void {
  update({ ...state, glossary: { open: true, term: term ?? null, request: state.glossary.request + 1 } });
}

export function closeGlossary(): void {
  if (state.glossary.open) update({ ...state, glossary: { ...state.glossary, open: false } });
}

function moveTour(action: TourAction): void {
  const tour = tourReducer(state.tour, action);
  if (tour === state.tour) return;
  // Closed by Skip, Done or Escape alike: seen, so the next launch does not offer it again.
  if (state.tour.open && !tour.open) rememberTourSeen();
  update({ ...state, tour });
}

export const startTour = (): void => moveTour({ type: 'start' });
export const goToTourStep = (step: number): void => moveTour({ type: 'goTo', step });
export const closeTour = (): void => moveTour({ type: 'close' });

/** At the app's first launch on this machine, opens the tour; asked once per page load. */
export function startTourIfFirstLaunch(): void {
  if (launchChecked) return;
  launchChecked = true;
  if (tourDueAtLaunch(tourSeen())) startTour();
}
