import type { z } from 'zod';
import { BackendError, isErrorShape } from '../../../shared/contract/errors';
import type { BackendEvents, EventName, MethodResults } from '../../../shared/contract/methods';
import type { EventMessage, RequestMessage, ServerMessage } from '../../../shared/contract/protocol';
import { argSchemas, type MethodArgs, type MethodName } from '../../../shared/contract/schemas';

/**
 * What the RPC core needs from a transport. Both the desktop bridge and the WebSocket are
 * adapted to this message-shaped interface, so ids, validation and error mapping live in one
 * place and can be tested with a fake.
 */
export interface RpcTransport {
  /** Delivers one request; a transport that is not connected yet queues it. */
  send(request: RequestMessage): void;
  /** Every message from the backend: responses and pushed events. */
  onMessage(listener: (message: ServerMessage) => void): void;
  /** In-flight requests were lost (e.g. the connection dropped); each pending call fails with `error`. */
  onRequestsLost(listener: (error: BackendError) => void): void;
}

export type EventListener<E extends EventName> = (payload: BackendEvents[E]) => void;

export interface RpcClient {
  invoke<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResults[M]>;
  onEvent<E extends EventName>(event: E, listener: EventListener<E>): () => void;
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: BackendError) => void;
}

/** Turns the first schema issue into the same plain sentence the backend would send back. */
export function argumentsError(method: MethodName, error: z.ZodError): BackendError {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  return new BackendError(
    'invalid-arguments',
    issue ? `${issue.message}${where}` : `The arguments for ${method} are not valid.`,
    'Check the values you entered and try again.',
  );
}

function responseError(error: unknown): BackendError {
  if (isErrorShape(error)) return BackendError.fromShape(error);
  return new BackendError(
    'internal',
    'The backend answered with an error this version of the app does not understand.',
    'Update or restart Loyalty Workbench; if it persists, report it with the steps that led here.',
  );
}

export function createRpcClient(transport: RpcTransport): RpcClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  transport.onMessage((message) => {
    if (message.kind === 'response') {
      const call = pending.get(message.id);
      // A response to a call that already failed (its connection was lost) has nobody to tell.
      if (!call) return;
      pending.delete(message.id);
      if (message.ok) call.resolve(message.result);
      else call.reject(responseError(message.error));
      return;
    }
    if (message.kind === 'event') dispatch(message);
  });

  transport.onRequestsLost((error) => {
    const calls = [...pending.values()];
    pending.clear();
    for (const call of calls) call.reject(error);
  });

  function dispatch(message: EventMessage): void {
    const set = listeners.get(message.event);
    if (!set) return;
    for (const listener of [...set]) {
      // One faulty listener must not keep the others from hearing about the event.
      try {
        listener(message.payload);
      } catch (err) {
        console.error(`A listener for ${message.event} failed`, err);
      }
    }
  }

  return {
    invoke<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResults[M]> {
      const schema: z.ZodType = argSchemas[method];
      const parsed = schema.safeParse(args);
      if (!parsed.success) return Promise.reject(argumentsError(method, parsed.error));
      const id = nextId++;
      return new Promise<MethodResults[M]>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
        transport.send({ kind: 'request', id, method, args: parsed.data });
      });
    },

    onEvent<E extends EventName>(event: E, listener: EventListener<E>): () => void {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const untyped = listener as (payload: unknown) => void;
      set.add(untyped);
      return () => {
        set.delete(untyped);
      };
    },
  };
}

// A Record rather than a list so that adding an event to the contract fails to compile here.
const KNOWN_EVENTS: Record<EventName, true> = { 'jobs.changed': true, 'workspace.changed': true };

/**
 * Reads a message off the wire. The browser transport gets raw JSON, so anything that is not a
 * well-formed response or event is dropped rather than trusted.
 */
export function parseServerMessage(raw: unknown): ServerMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.kind === 'response') {
    if (typeof m.id !== 'number' || typeof m.ok !== 'boolean') return null;
    if (m.ok) return { kind: 'response', id: m.id, ok: true, result: m.result };
    return { kind: 'response', id: m.id, ok: false, error: isErrorShape(m.error) ? m.error : responseError(m.error).toShape() };
  }
  if (m.kind === 'event') {
    if (typeof m.event !== 'string' || !Object.prototype.hasOwnProperty.call(KNOWN_EVENTS, m.event)) return null;
    return { kind: 'event', event: m.event, payload: m.payload } as EventMessage;
  }
  return null;
}
