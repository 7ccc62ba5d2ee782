import { Badge, Box, CloseButton, Drawer, Group, Highlight, Kbd, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconBook2, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterGlossary, type GlossaryEntry } from './glossaryFilter';
import { GLOSSARY_GROUPS, type GlossaryTermKey } from './glossaryTerms';
import { closeGlossary, useHelpState } from './helpStore';
import { useGlossaryEntries } from './useGlossaryEntries';

/** Above the presentation mode and the error stack (400), so F1 is answered wherever it is pressed. */
const GLOSSARY_Z_INDEX = 450;

const termElementId = (key: GlossaryTermKey): string => `glossary-term-${key}`;

/**
 * The glossary: every term of the app with a short definition, searchable in either language.
 * Opened by F1, the header's help button, or a "what is this?" beside a figure, which opens it
 * at that figure's term.
 */
export function GlossaryDrawer() {
  const { t } = useTranslation('help');
  const { glossary } = useHelpState();
  const entries = useGlossaryEntries();
  const [query, setQuery] = useState('');

  // Each opening starts from the whole list, so the term asked for is on it.
  useEffect(() => setQuery(''), [glossary.request]);

  useEffect(() => {
    if (!glossary.open || glossary.term === null) return;
    // After the drawer's content is laid out; the body scrolls on its own, under the header.
    const frame = requestAnimationFrame(() => document.getElementById(termElementId(glossary.term!))?.scrollIntoView({ block: 'start' }));
    return () => cancelAnimationFrame(frame);
  }, [glossary.open, glossary.term, glossary.request]);

  const shown = useMemo(() => filterGlossary(entries, query), [entries, query]);
  const words = useMemo(() => query.split(/\s+/).filter((w) => w.length > 0), [query]);
  const grouped = GLOSSARY_GROUPS.map((group) => ({ group, entries: shown.filter((e) => e.group === group.key) })).filter((g) => g.entries.length > 0);
  // With a query the order is by relevance, so the groups give way to one ranked list.
  const sections = words.length > 0 ? [{ key: 'matches', heading: null, entries: shown }] : grouped.map((g) => ({ key: g.group.key, heading: t(`groups.${g.group.key}`), entries: g.entries }));

  return (
    <Drawer.Root
      opened={glossary.open}
      onClose={closeGlossary}
      position="right"
      size={500}
      zIndex={GLOSSARY_Z_INDEX}
      // The header (title and search) stays put; only the list under it scrolls.
      styles={{
        content: { display: 'flex', flexDirection: 'column', overflow: 'hidden' },
        header: { alignItems: 'flex-start', borderBottom: '1px solid var(--mantine-color-default-border)', paddingBottom: 'var(--mantine-spacing-md)' },
        body: { flex: 1, overflowY: 'auto', paddingTop: 'var(--mantine-spacing-md)' },
      }}
    >
      <Drawer.Overlay backgroundOpacity={0.25} />
      <Drawer.Content data-testid="glossary">
        <Drawer.Header>
          <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size={32} radius="md" variant="light">
                <IconBook2 size={18} stroke={1.7} />
              </ThemeIcon>
              <Drawer.Title>
                <Title order={3} fz="lg">
                  {t('glossary.title')}
                </Title>
              </Drawer.Title>
              <Kbd size="xs">F1</Kbd>
            </Group>
            <Text size="sm" c="dimmed">
              {t('glossary.intro')}
            </Text>
            <TextInput
              data-autofocus
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              placeholder={t('glossary.searchPlaceholder')}
              aria-label={t('glossary.search')}
              leftSection={<IconSearch size={16} stroke={1.7} />}
              rightSection={query ? <CloseButton size="sm" aria-label={t('glossary.search')} onClick={() => setQuery('')} /> : null}
              data-testid="glossary-search"
            />
          </Stack>
          <Drawer.CloseButton />
        </Drawer.Header>
        <Drawer.Body>
          {shown.length === 0 ? (
            <Text size="sm" c="dimmed" py="lg" ta="center" data-testid="glossary-no-match">
              {t('glossary.noMatch', { query: query.trim() })}
            </Text>
          ) : (
            <Stack gap="lg">
              {sections.map((section) => (
                <Stack key={section.key} gap={6}>
                  {section.heading && (
                    <Text size="xs" fw={700} c="dimmed" tt="uppercase" style={{ letterSpacing: '0.05em' }}>
                      {section.heading}
                    </Text>
                  )}
                  {section.entries.map((entry) => (
                    <GlossaryItem key={entry.key} entry={entry} words={words} marked={entry.key === glossary.term} />
                  ))}
                </Stack>
              ))}
            </Stack>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

function GlossaryItem({ entry, words, marked }: { entry: GlossaryEntry; words: readonly string[]; marked: boolean }) {
  const { t } = useTranslation('help');
  // Highlighting matches the words as typed: one typed without its accents still finds the term
  // (the filter folds accents) but is not highlighted where the text has them.
  const highlight = [...words];
  return (
    <Box
      id={termElementId(entry.key)}
      data-testid="glossary-term"
      data-term={entry.key}
      data-marked={marked || undefined}
      px="sm"
      py={10}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        // Scrolled to, a marked term keeps a little air under the header.
        scrollMarginTop: 8,
        borderLeft: `3px solid ${marked ? 'var(--mantine-primary-color-filled)' : 'transparent'}`,
        background: marked ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Highlight component="h4" highlight={highlight} size="sm" fw={650} m={0}>
        {entry.name}
      </Highlight>
      {entry.otherName !== entry.name && (
        <Group gap={6} wrap="nowrap" mt={2} title={t('glossary.otherLanguageName')}>
          <Badge size="xs" variant="default" radius="sm" style={{ flexShrink: 0 }}>
            {t('glossary.otherLanguage')}
          </Badge>
          <Highlight highlight={highlight} size="xs" c="dimmed" truncate>
            {entry.otherName}
          </Highlight>
        </Group>
      )}
      <Highlight highlight={highlight} size="sm" mt={4} lh={1.5} c="var(--mantine-color-text)">
        {entry.definition}
      </Highlight>
    </Box>
  );
}
