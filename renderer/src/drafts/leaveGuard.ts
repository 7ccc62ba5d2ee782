/**
 * Pages with unsaved drafts say so here; navigation asks here before it leaves the page. One
 * registry for the whole app, so the frame's prompt can list every draft of the page being left
 * and save or discard them together.
 */
export interface LeaveGuard {
  /** What the draft is, in words ("Plan “Summer points”"). */
  label: string;
  dirty: boolean;
  /** A reason it cannot be saved as it stands (problems to fix), or null. */
  cannotSave: string | null;
  /** Resolves true once saved; false when it was not (the page shows why). */
  save(): Promise<boolean>;
  discard(): void;
}

/** A navigation waiting for the user's answer. */
export interface PendingLeave {
  guards: readonly LeaveGuard[];
  proceed(): void;
}

const guards = new Map<symbol, LeaveGuard>();
const listeners = new Set<() => void>();
let pending: PendingLeave | null = null;

function emit(): void {
  for (const listener of listeners) listener();
}

/** Registers (or, with null, removes) a page's guard under its own id. */
export function setLeaveGuard(id: symbol, guard: LeaveGuard | null): void {
  if (guard) guards.set(id, guard);
  else guards.delete(id);
}

export function dirtyGuards(): LeaveGuard[] {
  return [...guards.values()].filter((g) => g.dirty);
}

/** Runs `proceed` at once when nothing is unsaved; otherwise holds it until the user answers. */
export function requestLeave(proceed: () => void): void {
  const dirty = dirtyGuards();
  if (dirty.length === 0) {
    proceed();
    return;
  }
  pending = { guards: dirty, proceed };
  emit();
}

export function pendingLeave(): PendingLeave | null {
  return pending;
}

/** The user answered "stay", or the leave went ahead: nothing is waiting any more. */
export function clearPendingLeave(): void {
  pending = null;
  emit();
}

export function subscribeLeave(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The browser's own "leave site?" question on reload or close while a draft is unsaved. The
 * draft would still be found again (it is kept on this machine), but the user should know the
 * work is not in the workspace yet.
 */
export function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (dirtyGuards().length === 0) return;
  event.preventDefault();
  // Chromium before 119 and Electron's older hosts look at returnValue, not preventDefault.
  event.returnValue = '';
}
