import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOUR_SEEN_KEY } from './tourMemory';

/** The store keeps module state (the launch is checked once a page load), so each test loads it afresh. */
async function freshStore() {
  vi.resetModules();
  return import('./helpStore');
}

describe('the help store', () => {
  let items: Map<string, string>;
  beforeEach(() => {
    items = new Map();
    vi.stubGlobal('localStorage', { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('opens the tour at the first launch only, and remembers it once it is closed', async () => {
    const store = await freshStore();
    store.startTourIfFirstLaunch();
    expect(store.helpState().tour).toEqual({ open: true, step: 0 });
    // The app frame is remounted on a language switch; that is not a second launch.
    store.goToTourStep(2);
    store.startTourIfFirstLaunch();
    expect(store.helpState().tour.step).toBe(2);
    expect(items.has(TOUR_SEEN_KEY)).toBe(false);
    store.closeTour();
    expect(store.helpState().tour.open).toBe(false);
    expect(items.has(TOUR_SEEN_KEY)).toBe(true);

    const reloaded = await freshStore();
    reloaded.startTourIfFirstLaunch();
    expect(reloaded.helpState().tour.open).toBe(false);
  });

  it('starts the tour again on request, at its first step', async () => {
    items.set(TOUR_SEEN_KEY, 'seen');
    const store = await freshStore();
    store.startTourIfFirstLaunch();
    expect(store.helpState().tour.open).toBe(false);
    store.startTour();
    expect(store.helpState().tour).toEqual({ open: true, step: 0 });
  });

  it('opens the glossary at a term, or whole, counting each request', async () => {
    const store = await freshStore();
    store.openGlossary('breakage');
    const first = store.helpState().glossary;
    expect(first).toMatchObject({ open: true, term: 'breakage' });
    store.openGlossary('breakage');
    expect(store.helpState().glossary.request).toBe(first.request + 1);
    store.closeGlossary();
    expect(store.helpState().glossary.open).toBe(false);
    store.openGlossary();
    expect(store.helpState().glossary).toMatchObject({ open: true, term: null });
  });
});
