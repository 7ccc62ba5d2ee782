/**
 * Where unsaved drafts are kept between sessions: this machine's localStorage, one entry per
 * draft, keyed by the workspace's path and the draft's name. A draft is the user's work in
 * progress, not yet part of the workspace (which commits every change as it is made), so it is
 * kept beside the app's other per-machine choices (language, theme) rather than in the file.
 *
 * The desktop app's page has a fixed origin, so its drafts outlive a restart. Browser mode's
 * origin includes the port, which is a new one at each start unless `--port` fixes it.
 */
export interface KeptDraft {
  /** The draft itself. */
  value: unknown;
  /** The saved value the draft was begun from (null for something never saved). */
  base: unknown;
  keptAtMs: number;
}

export interface DraftStorage {
  read(key: string): KeptDraft | null;
  /** False when the draft could not be kept (storage full or refused). */
  write(key: string, draft: KeptDraft): boolean;
  remove(key: string): void;
}

const PREFIX = 'lw.draft.v1:';

/** One key per workspace and draft; the path is quoted so no two pairs can spell the same key. */
export function draftKey(workspace: string, name: string): string {
  return `${PREFIX}${JSON.stringify([workspace, name])}`;
}

function isKeptDraft(x: unknown): x is KeptDraft {
  return x !== null && typeof x === 'object' && 'value' in x && 'base' in x && typeof (x as KeptDraft).keptAtMs === 'number';
}

/** The browser's localStorage; reads and writes that fail (private mode, a full disk) never throw. */
export function localDraftStorage(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.localStorage): DraftStorage {
  return {
    read(key) {
      try {
        const text = storage?.getItem(key);
        if (!text) return null;
        const parsed: unknown = JSON.parse(text);
        return isKeptDraft(parsed) ? parsed : null;
      } catch {
        // A damaged entry is no draft; the saved value shows instead.
        return null;
      }
    },
    write(key, draft) {
      try {
        if (!storage) return false;
        storage.setItem(key, JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to do: a draft that cannot be removed is removed at the next save.
      }
    },
  };
}

/** A storage in memory only, for tests and where the browser offers none. */
export function memoryDraftStorage(): DraftStorage & { keys(): string[] } {
  const items = new Map<string, string>();
  return {
    ...localDraftStorage({
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
    }),
    keys: () => [...items.keys()],
  };
}
