/**
 * Segments in a plan are names ("*" = every segment), so a plan travels between workspaces. The
 * designer offers "*" and the current segmentation's names, and keeps any name the plan already
 * uses (a tier name, another workspace's segment) so that opening a plan never drops a choice.
 */
export const ALL_SEGMENTS = '*';

export function segmentChoices(current: readonly string[] | null, used: readonly string[]): string[] {
  const names = [ALL_SEGMENTS, ...(current ?? []), ...used].map((n) => n.trim()).filter((n) => n.length > 0);
  return [...new Set(names)];
}

/** What a choice reads as in a list: "*" is "All segments". */
export function segmentLabel(name: string, all = 'All segments'): string {
  return name === ALL_SEGMENTS ? all : name;
}

/**
 * A multi-segment choice where "*" and named segments exclude each other: picking "*" replaces
 * the names, picking a name while "*" is chosen replaces the "*".
 */
export function pickSegments(previous: readonly string[], next: readonly string[]): string[] {
  const hadAll = previous.includes(ALL_SEGMENTS);
  const hasAll = next.includes(ALL_SEGMENTS);
  if (hasAll && !hadAll) return [ALL_SEGMENTS];
  if (hasAll && next.length > 1) return next.filter((n) => n !== ALL_SEGMENTS);
  return [...next];
}

/** The first choice no row uses yet, or null when every choice has a row. */
export function nextFreeSegment(rows: readonly { segment: string }[], choices: readonly string[]): string | null {
  const used = new Set(rows.map((r) => r.segment));
  return choices.find((c) => !used.has(c)) ?? null;
}

/**
 * Adds a per-segment row for the first segment without one, starting from the "*" row's value
 * (or the first row's), since a segment's own figure usually starts as a variation of the default.
 */
export function addSegmentRow<V>(rows: readonly { segment: string; value: V }[], choices: readonly string[]): { segment: string; value: V }[] {
  const segment = nextFreeSegment(rows, choices);
  const model = rows.find((r) => r.segment === ALL_SEGMENTS) ?? rows[0];
  if (segment === null || !model) return [...rows];
  return [...rows, { segment, value: structuredClone(model.value) }];
}
