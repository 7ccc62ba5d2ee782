import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from './glossaryFilter';
import { GLOSSARY_GROUPS } from './glossaryTerms';

/** The glossary's entries in the interface's language, each with its name in the other one. */
export function useGlossaryEntries(): GlossaryEntry[] {
  const { t, i18n } = useTranslation('help');
  const language = i18n.language;
  return useMemo(() => {
    const other = i18n.getFixedT(language === 'es' ? 'en' : 'es', 'help');
    return GLOSSARY_GROUPS.flatMap((group) =>
      group.terms.map((key) => ({
        key,
        group: group.key,
        name: t(`terms.${key}.name`),
        otherName: other(`terms.${key}.name`),
        keywords: t(`terms.${key}.keywords`),
        definition: t(`terms.${key}.definition`),
      })),
    );
  }, [t, i18n, language]);
}
