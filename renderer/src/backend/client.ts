import { BRIDGE_GLOBAL, type DesktopBridge, type MenuAction } from '../../../shared/contract/bridge';
import type { EventName, MethodResults } from '../../../shared/contract/methods';
import type { MethodArgs, MethodName } from '../../../shared/contract/schemas';
import { createBridgeTransport } from './bridgeTransport';
import { createRpcClient, type EventListener, type RpcClient } from './rpcClient';
import { createWebSocketTransport, openBrowserSocket, type ConnectionStatus } from './webSocketTransport';
export { isConnectionLost } from './webSocketTransport';

/**
 * The one module that talks to the backend. Everything else in the UI imports from here, so a
 * component test can replace this single module.
 *
 * The transport is chosen once at start: the desktop preload's bridge when it is present, else
 * a WebSocket back to the server that served this page (which authenticated us by cookie).
 */
export type { ConnectionStatus } from './webSocketTransport';

declare global {
  interface Window {
    [BRIDGE_GLOBAL]?: DesktopBridge;
  }
}

interface Connection {
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
}

function start(): { rpc: RpcClient; connection: Connection; bridge: DesktopBridge | null } {
  const bridge = window[BRIDGE_GLOBAL] ?? null;
  if (bridge) {
    return {
      rpc: createRpcClient(createBridgeTransport(bridge)),
      connection: { status: () => 'open', onStatus: () => () => {} },
      bridge,
    };
  }
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const transport = createWebSocketTransport({ url: `${protocol}//${location.host}/api`, openSocket: openBrowserSocket });
  return { rpc: createRpcClient(transport), connection: transport, bridge: null };
}

const backend = start();

export function invoke<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResults[M]> {
  return backend.rpc.invoke(method, args);
}

export function onEvent<E extends EventName>(event: E, listener: EventListener<E>): () => void {
  return backend.rpc.onEvent(event, listener);
}

export const connection: Connection = backend.connection;

/** What the surrounding app can do beyond the backend: native dialogs and the menu bar. */
export const host = {
  /** True in the desktop app; in the browser the UI asks for paths in its own dialog. */
  hasNativeDialogs: backend.bridge !== null,
  /** The chosen path, or null when the user cancelled or there is no native dialog. */
  chooseWorkspaceToOpen(): Promise<string | null> {
    return backend.bridge ? backend.bridge.chooseWorkspaceToOpen() : Promise.resolve(null);
  },
  chooseWorkspaceToSave(suggestedName: string): Promise<string | null> {
    return backend.bridge ? backend.bridge.chooseWorkspaceToSave(suggestedName) : Promise.resolve(null);
  },
  /** A transactions or attributes file to import; null when cancelled or in the browser. */
  chooseFileToImport(): Promise<string | null> {
    return backend.bridge ? backend.bridge.chooseFileToImport() : Promise.resolve(null);
  },
  /** Menu-bar actions; the browser has no menu bar, so nothing is ever sent there. */
  onMenu(listener: (action: MenuAction) => void): () => void {
    return backend.bridge ? backend.bridge.onMenu(listener) : () => {};
  },
};
