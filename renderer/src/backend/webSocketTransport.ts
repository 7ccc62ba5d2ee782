import { BackendError } from '../../../shared/contract/errors';
import type { RequestMessage, ServerMessage } from '../../../shared/contract/protocol';
import type { RpcTransport } from './rpcClient';
import { parseServerMessage } from './rpcClient';

/**
 * - connecting: first attempt, never connected yet
 * - open: connected
 * - reconnecting: was connected, lost it, trying again
 * - unavailable: never managed to connect; still retrying in the background
 */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'unavailable';

export interface SocketHandlers {
  onOpen(): void;
  onMessage(text: string): void;
  onClose(): void;
}

export interface SocketConnection {
  send(text: string): void;
  close(): void;
}

/** Opens one socket; injected so tests can drive the transport without a network. */
export type OpenSocket = (url: string, handlers: SocketHandlers) => SocketConnection;

export interface WebSocketTransportOptions {
  url: string;
  openSocket: OpenSocket;
  /** Waits between reconnection attempts; the last one repeats. */
  retryDelaysMs?: readonly number[];
  setTimer?: (callback: () => void, ms: number) => unknown;
}

export interface WebSocketTransport extends RpcTransport {
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
}

const DEFAULT_RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000] as const;

const CONNECTION_LOST = 'The connection to the Loyalty Workbench backend was lost before it answered.';

export const connectionLostError = (): BackendError =>
  new BackendError(
    'internal',
    CONNECTION_LOST,
    'The app reconnects by itself. If the server was stopped, start it again and reload this page; work already saved in the workspace is safe.',
  );

/** True for the error a call gets when its connection dropped; the UI shows a banner instead. */
export function isConnectionLost(error: unknown): boolean {
  return error instanceof BackendError && error.message === CONNECTION_LOST;
}

export function createWebSocketTransport(options: WebSocketTransportOptions): WebSocketTransport {
  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));

  let status: ConnectionStatus = 'connecting';
  let everOpened = false;
  let attempt = 0;
  let socket: SocketConnection | null = null;
  let isOpen = false;
  const queue: string[] = [];
  const messageListeners: ((message: ServerMessage) => void)[] = [];
  const lostListeners: ((error: BackendError) => void)[] = [];
  const statusListeners = new Set<(status: ConnectionStatus) => void>();

  function setStatus(next: ConnectionStatus): void {
    if (next === status) return;
    status = next;
    for (const listener of [...statusListeners]) listener(next);
  }

  function connect(): void {
    isOpen = false;
    socket = options.openSocket(options.url, {
      onOpen() {
        isOpen = true;
        everOpened = true;
        attempt = 0;
        setStatus('open');
        for (const text of queue.splice(0)) socket?.send(text);
      },
      onMessage(text) {
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          return;
        }
        const message = parseServerMessage(raw);
        if (!message) return;
        for (const listener of messageListeners) listener(message);
      },
      onClose() {
        isOpen = false;
        socket = null;
        // Requests queued while connecting are failed too: a caller waiting on a server that
        // is not there should hear so, not hang until it comes back.
        queue.length = 0;
        const error = connectionLostError();
        for (const listener of lostListeners) listener(error);
        setStatus(everOpened ? 'reconnecting' : 'unavailable');
        const delay = retryDelays[Math.min(attempt, retryDelays.length - 1)] ?? 1000;
        attempt += 1;
        setTimer(connect, delay);
      },
    });
  }

  connect();

  return {
    send(request: RequestMessage): void {
      const text = JSON.stringify(request);
      if (isOpen && socket) socket.send(text);
      else queue.push(text);
    },
    onMessage(listener) {
      messageListeners.push(listener);
    },
    onRequestsLost(listener) {
      lostListeners.push(listener);
    },
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
  };
}

/** The real socket, adapted to the small interface the transport uses. */
export const openBrowserSocket: OpenSocket = (url, handlers) => {
  const ws = new WebSocket(url);
  ws.addEventListener('open', () => handlers.onOpen());
  ws.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (typeof event.data === 'string') handlers.onMessage(event.data);
  });
  // A refused handshake fires 'error' then 'close'; 'close' alone drives the reconnection.
  ws.addEventListener('close', () => handlers.onClose());
  return { send: (text) => ws.send(text), close: () => ws.close() };
};
