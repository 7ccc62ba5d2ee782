import { Alert } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import type { ConnectionStatus } from '../backend/client';
import { useTranslation } from 'react-i18next';

/** Shown over the page while the connection is down; it goes away by itself on reconnection. */
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation('frame');
  if (status === 'open' || status === 'connecting') return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconWifiOff size={18} />}
      title={t('connection.lostTitle')}
      mb="lg"
      data-testid="connection-banner"
    >
      {t('connection.lostText')}
    </Alert>
  );
}
