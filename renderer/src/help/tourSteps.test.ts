import { describe, expect, it } from 'vitest';
import { PAGE_IDS } from '../app/pages';
import { help as en } from '../i18n/locales/en/help';
import { rememberTourSeen, tourSeen, TOUR_SEEN_KEY } from './tourMemory';
import { CLOSED_TOUR, TOUR_STEPS, tourDueAtLaunch, tourReducer, type TourState } from './tourSteps';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe('the tour’s steps', () => {
  it('walks the workflow’s pages in their order, then shows where help is', () => {
    expect(TOUR_STEPS.map((s) => s.id)).toEqual([...PAGE_IDS, 'help']);
    expect(TOUR_STEPS.length).toBeGreaterThanOrEqual(6);
    expect(TOUR_STEPS.length).toBeLessThanOrEqual(8);
  });

  it('points each page’s step at its link in the navigation', () => {
    expect(TOUR_STEPS[0]!.target).toBe('nav a[href="#/data"]');
    expect(TOUR_STEPS.at(-1)!.target).toBe('[data-help-button]');
  });

  it('has a title and a body for every step', () => {
    for (const step of TOUR_STEPS) {
      expect(en.tour.steps[step.id].title, step.id).not.toBe('');
      expect(en.tour.steps[step.id].body, step.id).not.toBe('');
    }
  });
});

describe('moving through the tour', () => {
  const n = TOUR_STEPS.length;
  const open = (step: number): TourState => ({ open: true, step });

  it('starts, and starts again, at the first step', () => {
    expect(tourReducer(CLOSED_TOUR, { type: 'start' })).toEqual(open(0));
    expect(tourReducer({ open: false, step: 5 }, { type: 'start' })).toEqual(open(0));
    expect(tourReducer(open(4), { type: 'start' })).toEqual(open(0));
  });

  it('goes forward and back within the steps, never past either end', () => {
    expect(tourReducer(open(0), { type: 'goTo', step: 1 })).toEqual(open(1));
    expect(tourReducer(open(3), { type: 'goTo', step: 2 })).toEqual(open(2));
    expect(tourReducer(open(0), { type: 'goTo', step: -1 })).toEqual(open(0));
    expect(tourReducer(open(n - 1), { type: 'goTo', step: n })).toEqual(open(n - 1));
    expect(tourReducer(open(1), { type: 'goTo', step: 2.7 })).toEqual(open(2));
  });

  it('gives back the same state when nothing moves, so nothing re-renders', () => {
    const state = open(2);
    expect(tourReducer(state, { type: 'goTo', step: 2 })).toBe(state);
    expect(tourReducer(CLOSED_TOUR, { type: 'close' })).toBe(CLOSED_TOUR);
    expect(tourReducer(CLOSED_TOUR, { type: 'goTo', step: 3 })).toBe(CLOSED_TOUR);
  });

  it('closes from any step', () => {
    expect(tourReducer(open(3), { type: 'close' }).open).toBe(false);
    expect(tourReducer(open(n - 1), { type: 'close' }).open).toBe(false);
  });
});

describe('the tour at launch', () => {
  it('is shown only where it has never been seen', () => {
    const storage = memoryStorage();
    expect(tourSeen(storage)).toBe(false);
    expect(tourDueAtLaunch(tourSeen(storage))).toBe(true);
    rememberTourSeen(storage);
    expect(storage.getItem(TOUR_SEEN_KEY)).not.toBeNull();
    expect(tourDueAtLaunch(tourSeen(storage))).toBe(false);
  });

  it('is not shown where the storage cannot be read, since its dismissal could not be kept', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); } };
    expect(tourSeen(refusing)).toBeNull();
    expect(tourSeen(undefined)).toBeNull();
    expect(tourDueAtLaunch(null)).toBe(false);
  });

  it('survives a storage that refuses to write', () => {
    expect(() => rememberTourSeen({ setItem: () => { throw new Error('QuotaExceededError'); } })).not.toThrow();
  });
});
