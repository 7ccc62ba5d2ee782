import { sameValue } from './sameValue';

/** One value that differs between two versions of a document, and where. */
export interface ChangedLeaf {
  /** Dotted path from the root ("earning.pointsPerCurrencyUnit", "promotions.2.name"). */
  path: string;
  after: unknown;
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object';

/**
 * The single plain value (text, number, flag, null) that differs between `before` and `after`,
 * or null when nothing, several values, or a shape (a row added, a field replaced by an object)
 * changed. Parts the edit did not touch are the same objects in both (edits spread the previous
 * value), so the walk only goes down the one branch that changed.
 */
export function changedLeaf(before: unknown, after: unknown, path = ''): ChangedLeaf | null {
  if (Object.is(before, after)) return null;
  if (!isObject(before) || !isObject(after)) {
    return isObject(before) || isObject(after) ? null : { path, after };
  }
  if (Array.isArray(before) !== Array.isArray(after)) return null;
  const beforeKeys = Object.keys(before);
  const afterKeys = Object.keys(after);
  if (beforeKeys.length !== afterKeys.length || beforeKeys.some((k) => !(k in after))) return null;
  let found: ChangedLeaf | null = null;
  for (const key of afterKeys) {
    if (Object.is(before[key], after[key])) continue;
    const inner = changedLeaf(before[key], after[key], path === '' ? key : `${path}.${key}`);
    // A copy that holds the same values is no change (a form that rebuilt an untouched part).
    if (inner === null && sameValue(before[key], after[key])) continue;
    if (inner === null || found !== null) return null;
    found = inner;
  }
  return found;
}
