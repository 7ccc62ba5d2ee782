import { BackendError } from '../../../shared/contract/errors';
import type { DesktopBridge } from '../../../shared/contract/bridge';
import type { RequestMessage, ServerMessage } from '../../../shared/contract/protocol';
import type { RpcTransport } from './rpcClient';

/**
 * The desktop preload answers each call with a promise; this turns those answers into the same
 * response messages the WebSocket delivers, so the RPC core handles both alike.
 */
export function createBridgeTransport(bridge: DesktopBridge): RpcTransport {
  const listeners: ((message: ServerMessage) => void)[] = [];
  const deliver = (message: ServerMessage): void => {
    for (const listener of listeners) listener(message);
  };

  bridge.onEvent((message) => deliver(message));

  return {
    send(request: RequestMessage): void {
      bridge.invoke(request.method, request.args).then(
        (answer) =>
          deliver(
            answer.ok
              ? { kind: 'response', id: request.id, ok: true, result: answer.result }
              : { kind: 'response', id: request.id, ok: false, error: answer.error },
          ),
        (err: unknown) =>
          deliver({
            kind: 'response',
            id: request.id,
            ok: false,
            error: new BackendError(
              'internal',
              `The desktop app could not pass the request on: ${err instanceof Error ? err.message : String(err)}`,
              'Restart Loyalty Workbench; if it persists, report it with the steps that led here.',
            ).toShape(),
          }),
      );
    },
    onMessage(listener) {
      listeners.push(listener);
    },
    // IPC to the main process does not drop: a request either answers or fails on its own.
    onRequestsLost() {},
  };
}
