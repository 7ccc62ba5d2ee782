import { describe, expect, it } from 'vitest';
import type { BackendError } from '../../../shared/contract/errors';
import type { ServerMessage } from '../../../shared/contract/protocol';
import { createWebSocketTransport, type SocketHandlers } from './webSocketTransport';

/** Sockets that open, speak and close only when the test says so; timers that run on demand. */
function harness() {
  const sockets: { handlers: SocketHandlers; sent: string[] }[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const transport = createWebSocketTransport({
    url: 'ws://127.0.0.1:5199/api',
    openSocket: (_url, handlers) => {
      const socket = { handlers, sent: [] as string[] };
      sockets.push(socket);
      return { send: (text) => socket.sent.push(text), close: () => handlers.onClose() };
    },
    retryDelaysMs: [100, 200],
    setTimer: (callback, ms) => timers.push({ callback, ms }),
  });
  const current = () => sockets[sockets.length - 1]!;
  return { transport, sockets, timers, current };
}

const request = (id: number) => ({ kind: 'request' as const, id, method: 'app.info' as const, args: {} });

describe('createWebSocketTransport', () => {
  it('queues requests until the socket opens, then sends them in order', () => {
    const h = harness();
    h.transport.send(request(1));
    h.transport.send(request(2));
    expect(h.current().sent).toEqual([]);
    h.current().handlers.onOpen();
    expect(h.current().sent.map((t) => (JSON.parse(t) as { id: number }).id)).toEqual([1, 2]);
    expect(h.transport.status()).toBe('open');
  });

  it('parses incoming JSON and drops garbage', () => {
    const h = harness();
    const received: ServerMessage[] = [];
    h.transport.onMessage((m) => received.push(m));
    h.current().handlers.onOpen();
    h.current().handlers.onMessage('not json');
    h.current().handlers.onMessage(JSON.stringify({ kind: 'response', id: 1, ok: true, result: 42 }));
    expect(received).toEqual([{ kind: 'response', id: 1, ok: true, result: 42 }]);
  });

  it('reports lost requests and reconnects with growing waits after a drop', () => {
    const h = harness();
    const lost: BackendError[] = [];
    const statuses: string[] = [];
    h.transport.onRequestsLost((e) => lost.push(e));
    h.transport.onStatus((s) => statuses.push(s));
    h.current().handlers.onOpen();
    h.current().handlers.onClose();
    expect(lost).toHaveLength(1);
    expect(lost[0]?.message).toContain('connection to the Loyalty Workbench backend was lost');
    expect(h.transport.status()).toBe('reconnecting');
    expect(h.timers.map((t) => t.ms)).toEqual([100]);

    h.timers[0]!.callback();
    expect(h.sockets).toHaveLength(2);
    h.current().handlers.onClose();
    h.timers[1]!.callback();
    h.current().handlers.onClose();
    expect(h.timers.map((t) => t.ms)).toEqual([100, 200, 200]);

    h.timers[2]!.callback();
    h.current().handlers.onOpen();
    expect(statuses).toEqual(['open', 'reconnecting', 'open']);
  });

  it('says the backend is unavailable when it never connected, and fails queued requests', () => {
    const h = harness();
    const lost: BackendError[] = [];
    h.transport.onRequestsLost((e) => lost.push(e));
    h.transport.send(request(1));
    h.current().handlers.onClose();
    expect(h.transport.status()).toBe('unavailable');
    expect(lost).toHaveLength(1);
    h.timers[0]!.callback();
    h.current().handlers.onOpen();
    // The failed request was not kept to be sent later behind the caller's back.
    expect(h.current().sent).toEqual([]);
  });
});
