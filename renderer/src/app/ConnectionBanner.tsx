import { Alert } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import type { ConnectionStatus } from '../backend/client';

/** Shown over the page while the connection is down; it goes away by itself on reconnection. */
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  if (status === 'open' || status === 'connecting') return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconWifiOff size={18} />}
      title="Connection to the backend lost: reconnecting…"
      mb="lg"
      data-testid="connection-banner"
    >
      What you see may be out of date until the connection is back. Your workspace is saved as you work. If the server
      was stopped, start it again and open the new address it prints.
    </Alert>
  );
}
