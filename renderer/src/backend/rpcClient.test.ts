import { describe, expect, it } from 'vitest';
import { BackendError } from '../../../shared/contract/errors';
import type { RequestMessage, ServerMessage } from '../../../shared/contract/protocol';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { createRpcClient, parseServerMessage, type RpcTransport } from './rpcClient';

/** A transport the test drives by hand: it records what was sent and delivers what we say. */
function fakeTransport() {
  const sent: RequestMessage[] = [];
  let deliver: (message: ServerMessage) => void = () => {};
  let lose: (error: BackendError) => void = () => {};
  const transport: RpcTransport = {
    send: (request) => sent.push(request),
    onMessage: (listener) => {
      deliver = listener;
    },
    onRequestsLost: (listener) => {
      lose = listener;
    },
  };
  return { transport, sent, deliver: (m: ServerMessage) => deliver(m), lose: (e: BackendError) => lose(e) };
}

const summary = { name: 'Client', path: '/tmp/client.lwb' } as WorkspaceSummary;

describe('createRpcClient', () => {
  it('matches responses to requests by id, whatever order they arrive in', async () => {
    const fake = fakeTransport();
    const rpc = createRpcClient(fake.transport);
    const info = rpc.invoke('workspace.current', {});
    const jobs = rpc.invoke('jobs.list', {});
    expect(fake.sent.map((r) => [r.id, r.method])).toEqual([
      [1, 'workspace.current'],
      [2, 'jobs.list'],
    ]);
    fake.deliver({ kind: 'response', id: 2, ok: true, result: [] });
    fake.deliver({ kind: 'response', id: 1, ok: true, result: summary });
    await expect(info).resolves.toEqual(summary);
    await expect(jobs).resolves.toEqual([]);
  });

  it('turns an error response into a BackendError with code, message and hint', async () => {
    const fake = fakeTransport();
    const rpc = createRpcClient(fake.transport);
    const call = rpc.invoke('workspace.open', { path: '/tmp/missing.lwb' });
    fake.deliver({
      kind: 'response',
      id: 1,
      ok: false,
      error: { code: 'not-found', message: 'There is no workspace at /tmp/missing.lwb.', hint: 'Check the path.' },
    });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ code: 'not-found', message: 'There is no workspace at /tmp/missing.lwb.', hint: 'Check the path.' });
  });

  it('refuses invalid arguments before anything is sent', async () => {
    const fake = fakeTransport();
    const rpc = createRpcClient(fake.transport);
    const error = await rpc.invoke('workspace.open', { path: '/tmp/client.xlsx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ code: 'invalid-arguments' });
    expect((error as BackendError).message).toContain('.lwb');
    expect(fake.sent).toEqual([]);
  });

  it('sends the validated arguments (trimmed as the schema says)', () => {
    const fake = fakeTransport();
    const rpc = createRpcClient(fake.transport);
    void rpc.invoke('workspace.open', { path: '  /tmp/client.lwb ' });
    expect(fake.sent[0]?.args).toEqual({ path: '/tmp/client.lwb' });
  });

  it('dispatches events to the listeners of that event only, until they unsubscribe', () => {
    const fake = fakeTransport();
    const rpc = createRpcClient(fake.transport);
    const workspaces: unknown[] = [];
    const jobs: unknown[] = [];
    const stop = rpc.onEvent('workspace.changed', (payload) => workspaces.push(payload));
    rpc.onEvent('jobs.changed', (payload) => jobs.push(payload));
    fake.deliver({ kind: 'event', event: 'workspace.changed', payload: summary });
    stop();
    fake.deliver({ kind: 'event', event: 'workspace.changed', payload: null });
    expect(workspaces).toEqual([summary]);
    expect(jobs).toEqual([]);
  });

  it('fails every pending call when the transport loses them, and ignores late answers', async () => {
    const fake = fakeTransport();
    const rpc = createRpcClient(fake.transport);
    const a = rpc.invoke('app.info', {});
    const b = rpc.invoke('jobs.list', {});
    fake.lose(new BackendError('internal', 'The connection was lost.', 'Reconnect.'));
    await expect(a).rejects.toMatchObject({ code: 'internal', message: 'The connection was lost.' });
    await expect(b).rejects.toMatchObject({ code: 'internal' });
    expect(() => fake.deliver({ kind: 'response', id: 1, ok: true, result: {} })).not.toThrow();
  });
});

describe('parseServerMessage', () => {
  it('accepts responses and known events', () => {
    expect(parseServerMessage({ kind: 'response', id: 3, ok: true, result: 1 })).toEqual({ kind: 'response', id: 3, ok: true, result: 1 });
    expect(parseServerMessage({ kind: 'event', event: 'jobs.changed', payload: [] })).toEqual({ kind: 'event', event: 'jobs.changed', payload: [] });
  });

  it('drops what is not a message it knows', () => {
    expect(parseServerMessage(null)).toBeNull();
    expect(parseServerMessage({ kind: 'event', event: 'toString', payload: 1 })).toBeNull();
    expect(parseServerMessage({ kind: 'response', id: '3', ok: true })).toBeNull();
  });

  it('replaces a malformed error with an internal one', () => {
    const message = parseServerMessage({ kind: 'response', id: 1, ok: false, error: 'boom' });
    expect(message).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
