import { Select, Stack, Text } from '@mantine/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyOfLocale } from '../../../shared/domain/workspaceSettings';
import { currencyChoices, localeChoices, sampleFigures } from './settingsChoices';

export interface MoneySettings {
  currencyCode: string;
  locale: string;
}

interface WorkspaceSettingsFieldsProps {
  value: MoneySettings;
  onChange: (value: MoneySettings) => void;
  /**
   * While the user has not picked a currency, a new locale brings its region's (es-MX: MXN), as a
   * new workspace's defaults do; the settings dialog, where the currency is the data's, turns it off.
   */
  currencyFollowsLocale: boolean;
  disabled?: boolean;
}

/**
 * A workspace's currency and number format, with a line showing how its figures will read. The
 * choices come from the shared settings (any ISO 4217 code Intl knows; the suggested locales),
 * so the backend's schema accepts whatever is picked here.
 */
export function WorkspaceSettingsFields({ value, onChange, currencyFollowsLocale, disabled = false }: WorkspaceSettingsFieldsProps) {
  const { t, i18n } = useTranslation('workspace');
  const language = i18n.language;
  const currencies = useMemo(() => currencyChoices(language, { common: t('money.commonCurrencies'), all: t('money.allCurrencies') }), [language, t]);
  const locales = useMemo(() => localeChoices(language, value.locale), [language, value.locale]);
  const currencyPicked = useRef(false);

  const pickLocale = (locale: string | null) => {
    if (!locale) return;
    const regional = currencyFollowsLocale && !currencyPicked.current ? currencyOfLocale(locale) : null;
    onChange({ locale, currencyCode: regional ?? value.currencyCode });
  };

  return (
    <Stack gap="sm">
      <Select
        label={t('money.locale')}
        description={t('money.localeDescription')}
        data={locales}
        value={value.locale}
        onChange={pickLocale}
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('money.nothingFound')}
        disabled={disabled}
        data-testid="workspace-locale"
      />
      <Select
        label={t('money.currency')}
        description={t('money.currencyDescription')}
        data={currencies}
        value={value.currencyCode}
        onChange={(code) => {
          if (!code) return;
          currencyPicked.current = true;
          onChange({ ...value, currencyCode: code });
        }}
        searchable
        allowDeselect={false}
        limit={400}
        maxDropdownHeight={260}
        nothingFoundMessage={t('money.nothingFound')}
        disabled={disabled}
        data-testid="workspace-currency"
      />
      <Text size="sm" c="dimmed" data-testid="workspace-figures-sample">
        {t('money.sample', { sample: sampleFigures(value.locale, value.currencyCode) })}
      </Text>
    </Stack>
  );
}
