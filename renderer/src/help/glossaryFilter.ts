import type { GlossaryGroupKey, GlossaryTermKey } from './glossaryTerms';

/** One term as the glossary shows and searches it, in the interface's language. */
export interface GlossaryEntry {
  key: GlossaryTermKey;
  group: GlossaryGroupKey;
  name: string;
  /** The term's name in the other language: consultants meet both, and may type either. */
  otherName: string;
  /** Other names a reader may type (searched, not shown). */
  keywords: string;
  definition: string;
}

/** Lower case without accents, so "tasa de gratuidad", "Gratuidad" and "gratuidád" all meet. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
}

/**
 * The entries a search keeps, in the order to show them: every word of the query must appear
 * somewhere in the entry; entries whose names or keywords hold every word come before those that
 * only mention them in a definition (a search for "breakage" should lead with Breakage, not with
 * the liability that is net of it). Within each rank the glossary's own order is kept. An empty
 * query keeps everything.
 */
export function filterGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const words = foldForSearch(query).split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return [...entries];
  const byName: GlossaryEntry[] = [];
  const byDefinition: GlossaryEntry[] = [];
  for (const entry of entries) {
    const names = foldForSearch(`${entry.name} ${entry.otherName} ${entry.keywords}`);
    const everything = `${names} ${foldForSearch(entry.definition)}`;
    if (words.every((w) => names.includes(w))) byName.push(entry);
    else if (words.every((w) => everything.includes(w))) byDefinition.push(entry);
  }
  return [...byName, ...byDefinition];
}
