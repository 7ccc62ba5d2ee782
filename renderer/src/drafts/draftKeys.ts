/** What a draft does on its keys. */
export interface DraftKeyHandlers {
  save(): void;
  undo(): void;
  redo(): void;
}

export type DraftCommand = keyof DraftKeyHandlers;

/**
 * The command of a key press: Ctrl/Cmd+S saves, Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y
 * redo. Alt is left alone (AltGr on Spanish keyboards is Ctrl+Alt, and types characters).
 */
export function draftCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): DraftCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's' && !event.shiftKey) return 'save';
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

interface Target {
  root: () => HTMLElement | null;
  handlers: () => DraftKeyHandlers;
  lastActiveAt: number;
}

const targets = new Map<symbol, Target>();
let listening = false;
let clock = 0;

const editable = (el: Element | null): boolean => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * Which draft a key press is for, when a page shows several (the Segments page has the segment
 * names and the lifecycle rules): the one holding the focus; with the focus on no field, the one
 * last worked in. A field outside every draft (a search box) keeps its own undo.
 */
function targetFor(focused: Element | null): Target | null {
  const all = [...targets.values()];
  const holder = all.find((t) => focused !== null && t.root()?.contains(focused));
  if (holder) return holder;
  if (editable(focused)) return null;
  return all.reduce<Target | null>((best, t) => (best === null || t.lastActiveAt > best.lastActiveAt ? t : best), null);
}

function onKeyDown(event: KeyboardEvent): void {
  const command = draftCommand(event);
  if (command === null) return;
  const target = targetFor(document.activeElement);
  if (!target) return;
  // The browser's own Save page and the input's own undo would fight the draft's.
  event.preventDefault();
  target.handlers()[command]();
}

function onFocusIn(event: FocusEvent): void {
  const node = event.target instanceof Node ? event.target : null;
  for (const t of targets.values()) if (node && t.root()?.contains(node)) t.lastActiveAt = ++clock;
}

/** Gives a draft its keys while its root is on screen; returns the removal. */
export function addDraftKeys(root: () => HTMLElement | null, handlers: () => DraftKeyHandlers): () => void {
  const id = Symbol('draft-keys');
  targets.set(id, { root, handlers, lastActiveAt: ++clock });
  if (!listening) {
    // Capture: Mantine's inputs stop some key events from bubbling.
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('focusin', onFocusIn, true);
    listening = true;
  }
  return () => {
    targets.delete(id);
  };
}
