/**
 * Deep equality of plain data (what forms and the backend exchange), whatever the order of an
 * object's keys: a plan read back from the backend lists its fields in the schema's order, a
 * draft in the order the form built them, and the two are the same plan.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // A key whose value is undefined is no key: JSON, storage and the backend all drop it.
  const keys = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined);
  const ka = keys(ra);
  const kb = keys(rb);
  return ka.length === kb.length && ka.every((k) => k in rb && sameValue(ra[k], rb[k]));
}
