import type { BackendEvents, EventName } from './methods';
import type { ErrorShape } from './errors';
import type { MethodName } from './schemas';

/**
 * The wire format shared by every transport (WebSocket in browser mode, IPC in the desktop app).
 * Requests carry an id the response echoes; events have none.
 */
export interface RequestMessage {
  kind: 'request';
  id: number;
  method: MethodName;
  args: unknown;
}

export type ResponseMessage =
  | { kind: 'response'; id: number; ok: true; result: unknown }
  | { kind: 'response'; id: number; ok: false; error: ErrorShape };

export interface EventMessage<E extends EventName = EventName> {
  kind: 'event';
  event: E;
  payload: BackendEvents[E];
}

export type ServerMessage = ResponseMessage | EventMessage;

/** Reads an untrusted request off the wire; null when it is not a well-formed request. */
export function parseRequest(raw: unknown): { id: number; method: unknown; args: unknown } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.kind !== 'request' || typeof m.id !== 'number' || !Number.isSafeInteger(m.id)) return null;
  return { id: m.id, method: m.method, args: m.args ?? {} };
}

/** The prefix every desktop IPC channel shares; the preload and main check it. */
export const IPC_PREFIX = 'lw:';
export const IPC_INVOKE = `${IPC_PREFIX}invoke`;
export const IPC_EVENT = `${IPC_PREFIX}event`;
export const IPC_MENU = `${IPC_PREFIX}menu`;
export const IPC_CHOOSE_OPEN = `${IPC_PREFIX}dialog:open`;
export const IPC_CHOOSE_SAVE = `${IPC_PREFIX}dialog:save`;
export const IPC_CHOOSE_IMPORT = `${IPC_PREFIX}dialog:import`;
