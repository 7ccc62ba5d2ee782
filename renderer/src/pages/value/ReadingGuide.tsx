import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the comparison's figures mean, for readers who do not fit models for a living. */
export function ReadingGuide() {
  const { t } = useTranslation('value');
  return (
    <Paper withBorder radius="md" p="lg" h="100%">
      <Text fw={600} size="sm" mb="sm">
        {t('guide.title')}
      </Text>
      <List size="sm" spacing={8} c="dimmed">
        <List.Item>
          <b>{t('guide.mae')}</b> {t('guide.maeText')}
        </List.Item>
        <List.Item>
          <b>{t('guide.totalError')}</b> {t('guide.totalErrorText')}
        </List.Item>
        <List.Item>
          <b>{t('guide.aicBic')}</b> {t('guide.aicBicText')}
        </List.Item>
        <List.Item>
          <b>{t('guide.intervals')}</b> {t('guide.intervalsText')}
        </List.Item>
      </List>
    </Paper>
  );
}
