import { sameValue } from './sameValue';
import { localDraftStorage, type DraftStorage } from './draftStorage';
import { recordEdit, redo, startHistory, undo, type History } from './history';

/** One draft: its undo history (in memory) and the saved value it was begun from. */
export interface DraftEntry {
  readonly history: History<unknown>;
  /** The saved value when the draft began; null for something never saved (a new plan). */
  readonly base: unknown;
  /** False when the last change could not be written to storage (it lives in memory only). */
  readonly kept: boolean;
  /** The draft held something the workspace did not, when it last changed. */
  readonly unsaved: boolean;
}

const same = sameValue;

/**
 * Every draft of the session by key, outside React, so a draft and its history outlive the page
 * that shows them: leaving a page unmounts it, coming back finds the same entry. Each change is
 * written through to storage; a draft that comes back to the saved value is removed from it.
 * `saved` is always the value the workspace holds now (null when never saved).
 */
export class DraftBook {
  private readonly entries = new Map<string, DraftEntry | null>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: DraftStorage = localDraftStorage(),
    private readonly now: () => number = Date.now,
  ) {}

  /** The draft under `key`: from memory, else as kept in storage (with no history before it). */
  entry(key: string): DraftEntry | null {
    if (!this.entries.has(key)) {
      const kept = this.storage.read(key);
      this.entries.set(key, kept ? { history: startHistory(kept.value), base: kept.base, kept: true, unsaved: true } : null);
    }
    return this.entries.get(key) ?? null;
  }

  /** An edit; the first one begins the draft from `from` (the saved value, or a new document). */
  edit(key: string, next: unknown, saved: unknown, from: unknown = saved): void {
    const entry = this.entry(key) ?? { history: startHistory(from), base: saved, kept: true, unsaved: true };
    this.put(key, { ...entry, history: recordEdit(entry.history, next, this.now()) }, saved);
  }

  undo(key: string, saved: unknown): void {
    const entry = this.entry(key);
    if (entry) this.put(key, { ...entry, history: undo(entry.history) }, saved);
  }

  redo(key: string, saved: unknown): void {
    const entry = this.entry(key);
    if (entry) this.put(key, { ...entry, history: redo(entry.history) }, saved);
  }

  /**
   * Back to the saved value, as a step Undo can take back. Something never saved has no value
   * to go back to: its draft is forgotten.
   */
  discard(key: string, saved: unknown): void {
    const entry = this.entry(key);
    if (!entry) return;
    if (saved === null) return this.forget(key);
    this.put(key, { ...entry, history: { ...recordEdit({ ...entry.history, typing: null }, saved, this.now()), typing: null }, base: saved }, saved);
  }

  /** A fresh draft at `value` with no history (a new plan from a template, a file). */
  begin(key: string, value: unknown, saved: unknown): void {
    this.put(key, { history: startHistory(value), base: saved, kept: true, unsaved: true }, saved);
  }

  /** `saved` has just been saved: the draft now begins from it; kept only if it still differs. */
  settle(key: string, saved: unknown): void {
    const entry = this.entry(key);
    if (entry) this.put(key, { ...entry, base: saved }, saved);
  }

  /** The draft moves to another key (a new plan, once saved, has an id), history and all. */
  move(from: string, to: string, saved: unknown): void {
    const entry = this.entry(from);
    this.forget(from);
    if (entry) this.put(to, { ...entry, base: saved }, saved);
  }

  /** True when the draft under `key` holds unsaved work (for lists that mark such items). */
  hasUnsaved(key: string): boolean {
    return this.entry(key)?.unsaved ?? false;
  }

  forget(key: string): void {
    this.storage.remove(key);
    this.entries.set(key, null);
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private put(key: string, entry: DraftEntry, saved: unknown): void {
    const present = entry.history.present;
    const unsaved = saved === null || !same(present, saved);
    let kept = true;
    if (unsaved) kept = this.storage.write(key, { value: present, base: entry.base, keptAtMs: this.now() });
    else this.storage.remove(key);
    this.entries.set(key, { ...entry, kept, unsaved });
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The app's one book of drafts. */
export const drafts = new DraftBook();
