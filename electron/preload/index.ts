import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_GLOBAL, MENU_ACTIONS, type DesktopBridge, type MenuAction } from '../../shared/contract/bridge';
import { IPC_CHOOSE_IMPORT, IPC_CHOOSE_OPEN, IPC_CHOOSE_SAVE, IPC_EVENT, IPC_INVOKE, IPC_MENU, type EventMessage } from '../../shared/contract/protocol';

/** Subscribes to one channel and hands back only the payload, never the IPC event object. */
function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, handler);
  return () => ipcRenderer.removeListener(channel, handler);
}

const isEvent = (v: unknown): v is EventMessage => typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'event';
const isMenuAction = (v: unknown): v is MenuAction => (MENU_ACTIONS as readonly unknown[]).includes(v);

/** The page sees named operations only: the typed contract, never ipcRenderer itself. */
const bridge = {
  invoke: (method, args) => ipcRenderer.invoke(IPC_INVOKE, method, args),
  onEvent: (listener) => subscribe(IPC_EVENT, isEvent, listener),
  onMenu: (listener) => subscribe(IPC_MENU, isMenuAction, listener),
  chooseWorkspaceToOpen: () => ipcRenderer.invoke(IPC_CHOOSE_OPEN),
  chooseWorkspaceToSave: (suggestedName) => ipcRenderer.invoke(IPC_CHOOSE_SAVE, suggestedName),
  chooseFileToImport: () => ipcRenderer.invoke(IPC_CHOOSE_IMPORT),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
