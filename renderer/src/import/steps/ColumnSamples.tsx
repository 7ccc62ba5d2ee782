import { useTranslation } from 'react-i18next';
import { Group, Text } from '@mantine/core';

/** The first values of a chosen column, so the user sees what a choice holds. */
export function ColumnSamples({ values }: { values: readonly string[] }) {
  const { t } = useTranslation('import');
  if (values.length === 0) {
    return (
      <Text size="xs" c="dimmed" fs="italic">
        {t('columns.noValues')}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" style={{ overflow: 'hidden' }}>
      {values.map((value, i) => (
        <Text
          key={i}
          size="xs"
          className="lw-figures"
          px={6}
          py={1}
          bg="var(--lw-group-row-bg)"
          bd="1px solid var(--mantine-color-default-border)"
          style={{ borderRadius: 4, whiteSpace: 'nowrap', maxWidth: 140, overflow: 'hidden', textOverflow: 'ellipsis' }}
          title={value}
        >
          {value}
        </Text>
      ))}
    </Group>
  );
}
