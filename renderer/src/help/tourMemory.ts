/**
 * Whether this machine has seen the first-run tour, kept in localStorage beside the app's other
 * per-machine choices (language, theme). Skipping and finishing both count as seen: the tour is
 * offered once, and stays one click away under the help button.
 */
export const TOUR_SEEN_KEY = 'lw.tour.seen';

/** True or false as stored; null where the storage cannot be read. */
export function tourSeen(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean | null {
  try {
    if (!storage) return null;
    return storage.getItem(TOUR_SEEN_KEY) !== null;
  } catch {
    return null;
  }
}

export function rememberTourSeen(storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(TOUR_SEEN_KEY, new Date().toISOString());
  } catch {
    // Not kept (storage full or refused): the tour may be offered again at the next launch.
  }
}
