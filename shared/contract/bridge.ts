import type { ErrorShape } from './errors';
import type { EventMessage } from './protocol';
import type { MethodName } from './schemas';

/** Actions the desktop menu sends to the page; the browser mode offers the same in the page. */
export const MENU_ACTIONS = [
  'workspace.new',
  'workspace.open',
  'workspace.saveAs',
  'workspace.openSample',
  'view.toggleTheme',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export type BridgeResult = { ok: true; result: unknown } | { ok: false; error: ErrorShape };

/**
 * What the desktop preload exposes on `window.loyaltyWorkbench`, and nothing more: named
 * operations, never a raw IPC handle.
 */
export interface DesktopBridge {
  invoke(method: MethodName, args: unknown): Promise<BridgeResult>;
  onEvent(listener: (message: EventMessage) => void): () => void;
  onMenu(listener: (action: MenuAction) => void): () => void;
  /** Native file dialogs; each resolves to the chosen path or null when the user cancels. */
  chooseWorkspaceToOpen(): Promise<string | null>;
  chooseWorkspaceToSave(suggestedName: string): Promise<string | null>;
  /** A transactions or attributes file to import (.csv .tsv .txt .dat .xlsx). */
  chooseFileToImport(): Promise<string | null>;
}

export const BRIDGE_GLOBAL = 'loyaltyWorkbench';
