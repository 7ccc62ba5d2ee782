import { Alert, Button, Group, Select, Text } from '@mantine/core';
import { IconAlertTriangle, IconCoin } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/domain/imports';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { invoke } from '../backend/client';
import { reportError } from '../errors/errorStore';
import { useWorkspaceRevision } from '../workspace/useWorkspaceRevision';
import { currencyOffer, detectionFor } from './currencyOffer';

function currencyName(language: string, code: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The currency the file's amounts are written in, against the workspace's: while the workspace
 * has no transactions, an offer to set its currency to the file's (a "$" to be chosen among its
 * currencies, the workspace format's region first); afterwards, a word that they will be read in
 * the workspace's, unconverted. It reads the workspace itself, so the wizard's steps need no new props.
 */
export function CurrencyNotice({ preview, amountColumn }: { preview: ImportPreview; amountColumn: number | null }) {
  const { t, i18n } = useTranslation('import');
  const revision = useWorkspaceRevision();
  const [summary, setSummary] = useState<WorkspaceSummary | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [setting, setSetting] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    invoke('workspace.current', {}).then(
      (current) => live && setSummary(current),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [revision]);

  if (done) {
    return (
      <Alert color="green" variant="light" icon={<IconCoin size={18} />} mb="md" maw={760} data-testid="import-currency-done">
        {t('currency.done', { currency: done })}
      </Alert>
    );
  }
  if (!summary) return null;
  const detection = detectionFor(preview, amountColumn);
  const offer = currencyOffer(detection, { currencyCode: summary.currencyCode, locale: summary.locale, transactions: summary.counts.transactions });
  if (offer.kind === 'none') return null;

  const marks = offer.detection.marks.map((mark) => t('currency.quoted', { mark })).join(', ');
  const names = (codes: readonly string[]) => codes.map((c) => `${c} (${currencyName(i18n.language, c)})`).join(', ');

  if (offer.kind === 'mixed') {
    return (
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} mb="md" maw={760} data-testid="import-currency-notice">
        {t('currency.mixed', { candidates: names(offer.detection.candidates) })}
      </Alert>
    );
  }
  if (offer.kind === 'differs') {
    return (
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} mb="md" maw={760} data-testid="import-currency-notice">
        {t('currency.differsWithData', { marks, detectedName: names(offer.detection.candidates.slice(0, 3)), workspace: summary.currencyCode })}
      </Alert>
    );
  }

  const { detection: d, byRegion } = offer;
  const code = chosen ?? offer.proposed;
  const set = () => {
    setSetting(true);
    invoke('workspace.setSettings', { currencyCode: code }).then(
      () => setDone(code),
      (error: unknown) => {
        setSetting(false);
        reportError(t('currency.setFailed'), error);
      },
    );
  };

  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconCoin size={18} />}
      mb="md"
      maw={760}
      title={d.ambiguous ? t('currency.titleAmbiguous', { marks }) : t('currency.title', { detected: code })}
      data-testid="import-currency-notice"
    >
      <Text size="sm">
        {d.ambiguous ? t('currency.ambiguous', { marks }) : t('currency.differs', { marks, detectedName: currencyName(i18n.language, code), workspace: summary.currencyCode, detected: code })}
        {d.ambiguous && byRegion && !chosen && ` ${t('currency.byRegion', { locale: summary.locale, detected: code })}`}
      </Text>
      <Group mt="sm" gap="sm" align="flex-end">
        {d.ambiguous && (
          <Select
            aria-label={t('currency.choose')}
            data={d.candidates.map((c) => ({ value: c, label: `${c} — ${currencyName(i18n.language, c)}` }))}
            value={code}
            onChange={(value) => value && setChosen(value)}
            allowDeselect={false}
            w={260}
            size="xs"
            data-testid="import-currency-choice"
          />
        )}
        <Button size="xs" onClick={set} loading={setting} data-testid="import-currency-set">
          {t('currency.setTo', { detected: code })}
        </Button>
      </Group>
    </Alert>
  );
}
