import { PAGE_IDS, hashForPage, type PageId } from '../app/pages';

/**
 * The first-run tour: one step per page of the workflow, pointing at its entry in the navigation,
 * then one at the help button. The tour only points; it does not switch pages, so a draft left
 * on a page is never put to the leave question by the tour.
 */
export type TourStepId = PageId | 'help';

export interface TourStep {
  id: TourStepId;
  /** A CSS selector for what the step points at; resolved when the step opens. */
  target: string;
  position: 'right' | 'bottom-end';
}

/** The help button marks itself with this attribute, so the last step can find it. */
export const HELP_BUTTON_ATTRIBUTE = 'data-help-button';

export const TOUR_STEPS: readonly TourStep[] = [
  // The navigation's links are addressed by their page's hash, which is what they link to.
  ...PAGE_IDS.map((id): TourStep => ({ id, target: `nav a[href="${hashForPage(id)}"]`, position: 'right' })),
  { id: 'help', target: `[${HELP_BUTTON_ATTRIBUTE}]`, position: 'bottom-end' },
];

export interface TourState {
  open: boolean;
  step: number;
}

export type TourAction = { type: 'start' } | { type: 'goTo'; step: number } | { type: 'close' };

export const CLOSED_TOUR: TourState = { open: false, step: 0 };

/** The tour's moves: (re)start at the first step, go to a step (kept within the tour), close. */
export function tourReducer(state: TourState, action: TourAction, stepCount: number = TOUR_STEPS.length): TourState {
  switch (action.type) {
    case 'start':
      return { open: true, step: 0 };
    case 'goTo': {
      if (!state.open) return state;
      const step = Math.min(Math.max(0, Math.trunc(action.step)), stepCount - 1);
      return step === state.step ? state : { open: true, step };
    }
    case 'close':
      return state.open ? { open: false, step: state.step } : state;
  }
}

/**
 * Whether the app opens on the tour: only when nothing says it has been seen. A machine whose
 * storage cannot be read (`null`: private mode, a refused localStorage) is not shown it, since
 * its dismissal could not be kept either and the tour would come back at every launch.
 */
export function tourDueAtLaunch(seen: boolean | null): boolean {
  return seen === false;
}
