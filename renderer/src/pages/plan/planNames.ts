/** Plan names compare as people read them: spaces around and letter case do not make a name new. */
const folded = (name: string): string => name.trim().toLocaleLowerCase();

/**
 * A name no plan in `taken` has: `wanted` itself when free, else "wanted 2", "wanted 3"… A
 * template's name is a starting point, and two plans of one name cannot be told apart in the
 * pickers.
 */
export function uniquePlanName(wanted: string, taken: readonly string[], maxLength = 80): string {
  const used = new Set(taken.map(folded));
  const stem = wanted.trim() || 'Plan';
  if (!used.has(folded(stem))) return stem.slice(0, maxLength);
  for (let n = 2; ; n++) {
    const suffix = ` ${n}`;
    const candidate = `${stem.slice(0, maxLength - suffix.length)}${suffix}`;
    if (!used.has(folded(candidate))) return candidate;
  }
}

export type PlanNameProblem = 'empty' | 'tooLong' | 'taken';

/** Why a new plan cannot have this name, or null. */
export function planNameProblem(name: string, taken: readonly string[], maxLength = 80): PlanNameProblem | null {
  if (name.trim() === '') return 'empty';
  if (name.trim().length > maxLength) return 'tooLong';
  return taken.some((t) => folded(t) === folded(name)) ? 'taken' : null;
}
