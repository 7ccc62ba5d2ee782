import { SegmentedControl, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Language } from '../i18n/i18n';

/** English or Spanish, switched at once and remembered on this machine. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value: Language = i18n.language === 'es' ? 'es' : currentLanguage();
  return (
    <Tooltip label={t('language')} openDelay={400}>
      <SegmentedControl
        size="xs"
        radius="md"
        value={value}
        onChange={(v) => setLanguage(v === 'es' ? 'es' : 'en')}
        data={[
          { value: 'en', label: 'EN' },
          { value: 'es', label: 'ES' },
        ]}
        aria-label={t('language')}
        data-testid="language-switch"
      />
    </Tooltip>
  );
}
