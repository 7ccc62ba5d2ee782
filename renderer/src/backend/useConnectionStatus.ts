import { useSyncExternalStore } from 'react';
import { connection, type ConnectionStatus } from './client';

export function useConnectionStatus(): ConnectionStatus {
  return useSyncExternalStore(connection.onStatus, connection.status);
}
