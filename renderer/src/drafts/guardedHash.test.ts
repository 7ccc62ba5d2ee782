import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { navigateToHash, subscribeHash } from './guardedHash';
import { clearPendingLeave, pendingLeave, setLeaveGuard } from './leaveGuard';

/** Just enough of a browser window: a hash that fires 'hashchange' when set, and history.replaceState that does not. */
function fakeWindow(start: string) {
  const listeners = new Set<() => void>();
  let hash = start;
  const window = {
    location: {
      pathname: '/',
      search: '',
      get hash() {
        return hash;
      },
      set hash(next: string) {
        hash = next;
        for (const l of [...listeners]) l();
      },
    },
    history: { state: null, replaceState: (_state: unknown, _title: string, url: string) => void (hash = url.startsWith('#') ? url : '') },
    addEventListener: (_type: string, l: () => void) => void listeners.add(l),
    removeEventListener: (_type: string, l: () => void) => void listeners.delete(l),
  };
  return window;
}

const dirty = Symbol('dirty plan');

describe('leaving a page by its hash', () => {
  let win: ReturnType<typeof fakeWindow>;
  let shown: ReturnType<typeof vi.fn<() => void>>;
  let unsubscribe: () => void;

  beforeEach(() => {
    win = fakeWindow('#/plan');
    vi.stubGlobal('window', win);
    shown = vi.fn<() => void>();
    unsubscribe = subscribeHash(shown);
  });
  afterEach(() => {
    unsubscribe();
    setLeaveGuard(dirty, null);
    clearPendingLeave();
    vi.unstubAllGlobals();
  });

  it('goes at once when nothing is unsaved', () => {
    navigateToHash('#/data');
    expect(win.location.hash).toBe('#/data');
    expect(shown).toHaveBeenCalled();
  });

  it('asks first while a draft is unsaved, and goes once the user agrees', () => {
    setLeaveGuard(dirty, { label: 'Plan “Basic”', dirty: true, cannotSave: null, save: async () => true, discard: () => {} });
    navigateToHash('#/data');
    expect(win.location.hash).toBe('#/plan');
    expect(shown).not.toHaveBeenCalled();
    pendingLeave()!.proceed();
    expect(win.location.hash).toBe('#/data');
    expect(shown).toHaveBeenCalled();
  });

  it('puts the page back when the hash changes behind its back (Back, a link), and asks', () => {
    setLeaveGuard(dirty, { label: 'Plan “Basic”', dirty: true, cannotSave: null, save: async () => true, discard: () => {} });
    win.location.hash = '#/simulation';
    expect(win.location.hash).toBe('#/plan');
    expect(shown).not.toHaveBeenCalled();
    expect(pendingLeave()?.guards).toHaveLength(1);
  });

  it('lets a change within the same page through', () => {
    setLeaveGuard(dirty, { label: 'Plan “Basic”', dirty: true, cannotSave: null, save: async () => true, discard: () => {} });
    navigateToHash('#/plan?section=earning');
    expect(win.location.hash).toBe('#/plan?section=earning');
    expect(pendingLeave()).toBeNull();
  });
});
