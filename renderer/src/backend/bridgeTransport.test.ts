import { describe, expect, it } from 'vitest';
import type { BridgeResult, DesktopBridge } from '../../../shared/contract/bridge';
import type { EventMessage, ServerMessage } from '../../../shared/contract/protocol';
import { createBridgeTransport } from './bridgeTransport';

function fakeBridge(answer: (method: string) => Promise<BridgeResult>) {
  let emit: (message: EventMessage) => void = () => {};
  const calls: [string, unknown][] = [];
  const bridge: DesktopBridge = {
    invoke: (method, args) => {
      calls.push([method, args]);
      return answer(method);
    },
    onEvent: (listener) => {
      emit = listener;
      return () => {};
    },
    onMenu: () => () => {},
    chooseWorkspaceToOpen: async () => null,
    chooseWorkspaceToSave: async () => null,
    chooseFileToImport: async () => null,
  };
  return { bridge, calls, emit: (m: EventMessage) => emit(m) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createBridgeTransport', () => {
  it('turns each bridge answer into a response carrying the request id', async () => {
    const fake = fakeBridge(async (method) =>
      method === 'app.info' ? { ok: true, result: 'info' } : { ok: false, error: { code: 'no-workspace', message: 'No workspace is open.', hint: null } },
    );
    const transport = createBridgeTransport(fake.bridge);
    const received: ServerMessage[] = [];
    transport.onMessage((m) => received.push(m));
    transport.send({ kind: 'request', id: 7, method: 'app.info', args: {} });
    transport.send({ kind: 'request', id: 8, method: 'customers.overview', args: {} });
    await settle();
    expect(fake.calls).toEqual([
      ['app.info', {}],
      ['customers.overview', {}],
    ]);
    expect(received).toEqual([
      { kind: 'response', id: 7, ok: true, result: 'info' },
      { kind: 'response', id: 8, ok: false, error: { code: 'no-workspace', message: 'No workspace is open.', hint: null } },
    ]);
  });

  it('reports a failed IPC call as an internal error instead of leaving the caller waiting', async () => {
    const transport = createBridgeTransport(fakeBridge(() => Promise.reject(new Error('IPC closed'))).bridge);
    const received: ServerMessage[] = [];
    transport.onMessage((m) => received.push(m));
    transport.send({ kind: 'request', id: 1, method: 'app.info', args: {} });
    await settle();
    expect(received[0]).toMatchObject({ id: 1, ok: false, error: { code: 'internal' } });
  });

  it('passes events through', () => {
    const fake = fakeBridge(async () => ({ ok: true, result: null }));
    const transport = createBridgeTransport(fake.bridge);
    const received: ServerMessage[] = [];
    transport.onMessage((m) => received.push(m));
    fake.emit({ kind: 'event', event: 'jobs.changed', payload: [] });
    expect(received).toEqual([{ kind: 'event', event: 'jobs.changed', payload: [] }]);
  });
});
