import { ActionIcon, Tooltip } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermKey } from './glossaryTerms';
import { openGlossary } from './helpStore';

/** A small "?" beside a figure or a word that opens the glossary at its term. */
export function WhatIsThis({ term }: { term: GlossaryTermKey }) {
  const { t } = useTranslation('help');
  const name = t(`terms.${term}.name`);
  return (
    <Tooltip label={t('whatIsThis')} withArrow openDelay={300}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="xs"
        radius="xl"
        aria-label={t('whatIsThisTerm', { term: name })}
        onClick={() => openGlossary(term)}
        data-testid="what-is-this"
        data-term={term}
      >
        <IconHelpCircle size={14} stroke={1.7} />
      </ActionIcon>
    </Tooltip>
  );
}
