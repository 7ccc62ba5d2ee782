import { describe, expect, it } from 'vitest';
import { help as en } from '../i18n/locales/en/help';
import { help as es } from '../i18n/locales/es/help';
import { filterGlossary, foldForSearch, type GlossaryEntry } from './glossaryFilter';
import { GLOSSARY_GROUPS, GLOSSARY_TERMS } from './glossaryTerms';

/** The entries as the drawer builds them, from the real words of one language. */
function entries(words: typeof en | typeof es, other: typeof en | typeof es): GlossaryEntry[] {
  return GLOSSARY_GROUPS.flatMap((group) =>
    group.terms.map((key) => ({ key, group: group.key, name: words.terms[key].name, otherName: other.terms[key].name, keywords: words.terms[key].keywords, definition: words.terms[key].definition })),
  );
}
const english = entries(en, es);
const spanish = entries(es, en);
const keys = (list: readonly GlossaryEntry[]) => list.map((e) => e.key);

describe('the glossary’s terms', () => {
  it('lists every term that has words, once, and no other', () => {
    expect([...GLOSSARY_TERMS].sort()).toEqual(Object.keys(en.terms).sort());
    expect(new Set(GLOSSARY_TERMS).size).toBe(GLOSSARY_TERMS.length);
  });

  it('has a name and a definition for every term in both languages', () => {
    for (const list of [english, spanish]) {
      for (const entry of list) {
        expect(entry.name.trim(), entry.key).not.toBe('');
        expect(entry.definition.length, entry.key).toBeGreaterThan(60);
      }
    }
  });
});

describe('searching the glossary', () => {
  it('keeps every term, in the glossary’s order, for an empty or blank query', () => {
    expect(keys(filterGlossary(english, ''))).toEqual(GLOSSARY_TERMS);
    expect(keys(filterGlossary(english, '   '))).toEqual(GLOSSARY_TERMS);
  });

  it('leads with the term named before terms whose definitions only mention it', () => {
    const found = keys(filterGlossary(english, 'breakage'));
    expect(found[0]).toBe('breakage');
    // The liability and the redemption rate speak of breakage in their definitions: found, after it.
    expect(found).toContain('liabilityAtCost');
    expect(found).toContain('redemptionRate');
  });

  it('finds breakage under its Spanish words, with or without accents and capitals', () => {
    expect(keys(filterGlossary(spanish, 'caducidad'))[0]).toBe('breakage');
    expect(keys(filterGlossary(spanish, 'CANJEADOS'))[0]).toBe('breakage');
    expect(keys(filterGlossary(spanish, 'expiracion'))[0]).toBe('breakage');
  });

  it('finds a term by its name in the other language', () => {
    expect(keys(filterGlossary(english, 'tasa de gratuidad'))).toEqual(['freeRewardRate']);
    expect(keys(filterGlossary(spanish, 'free-reward rate'))[0]).toBe('freeRewardRate');
    expect(keys(filterGlossary(spanish, 'NPV'))[0]).toBe('npv');
  });

  it('needs every word of the query, wherever each one is', () => {
    expect(keys(filterGlossary(english, 'rate free'))[0]).toBe('freeRewardRate');
    expect(keys(filterGlossary(english, 'IFRS'))[0]).toBe('deferredRevenue');
    expect(keys(filterGlossary(spanish, 'valor actual'))[0]).toBe('npv');
    expect(keys(filterGlossary(english, 'pareto/nbd'))).toEqual(['paretoNbd']);
  });

  it('finds nothing for words no term uses', () => {
    expect(filterGlossary(english, 'cryptocurrency')).toEqual([]);
    expect(filterGlossary(spanish, 'caducidad criptomoneda')).toEqual([]);
  });

  it('folds accents and case, leaving other characters alone', () => {
    expect(foldForSearch('Búsqueda de OBJETIVO')).toBe('busqueda de objetivo');
    expect(foldForSearch('P10–P90 · Niño')).toBe('p10–p90 · nino');
  });
});
