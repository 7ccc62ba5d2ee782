import { EventEmitter } from 'node:events';

/**
 * Test support: a small stand-in for the 'electron' module, with only what the shell uses. Tests
 * swap it in with `vi.mock('electron', () => import('./testFakeElectron'))` (Electron's binary
 * cannot be had on these machines, and importing the real package would look for it), drive the
 * events the shell listens to, and read back what the shell did.
 */

type Handler = (...args: never[]) => unknown;

/** A navigation-style event as Electron passes it: the details object, which can be prevented. */
export interface FakeNavigationEvent {
  url: string;
  isMainFrame: boolean;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export class FakeSession {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null;
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string, details: unknown) => boolean) | null = null;
  headersReceived: ((details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void) | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: NonNullable<FakeSession['headersReceived']>) => {
      this.headersReceived = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }

  /** Asks for a permission as a page would; what the shell answered. */
  requestPermission(permission: string): boolean | undefined {
    let answer: boolean | undefined;
    this.permissionRequestHandler?.(null, permission, (granted) => (answer = granted), {});
    return answer;
  }

  /** Runs a response through the shell's header listener; the headers the page would get. */
  receiveHeaders(url: string, responseHeaders: Record<string, string[]>): Record<string, string[]> | undefined {
    let result: Record<string, string[]> | undefined;
    this.headersReceived?.({ url, responseHeaders }, (response) => (result = response.responseHeaders));
    return result;
  }
}

export class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession();
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];

  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  /** Emits will-navigate, will-redirect or will-frame-navigate; true when the shell let it through. */
  attempt(eventName: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string, isMainFrame = true): boolean {
    const event: FakeNavigationEvent = {
      url,
      isMainFrame,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit(eventName, event, url);
    return !event.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances;
  }

  readonly webContents = new FakeWebContents();
  /** What was loaded: a URL (loadURL) or a file path (loadFile). */
  loaded: { kind: 'url' | 'file'; target: string } | null = null;

  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { kind: 'url', target: url };
    return Promise.resolve();
  }
  loadFile(path: string): Promise<void> {
    this.loaded = { kind: 'file', target: path };
    return Promise.resolve();
  }
  show(): void {}
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  quitCalls = 0;
  userData = '/fake/user-data';
  requestSingleInstanceLock(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  quit(): void {
    this.quitCalls += 1;
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`The fake app knows only userData, not ${name}.`);
    return this.userData;
  }
}
export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    this.handlers.set(channel, handler);
  },
};

export const dialog = {
  errorBoxes: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] as string[] }),
  showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
};

export const Menu = {
  applied: null as { template: unknown[] } | null,
  buildFromTemplate(template: unknown[]): { template: unknown[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] }): void {
    this.applied = menu;
  },
};

export class FakeUtilityProcess extends EventEmitter {
  readonly posted: unknown[] = [];
  killed = false;
  constructor(
    readonly modulePath: string,
    readonly options: { env?: Record<string, string> } & Record<string, unknown>,
  ) {
    super();
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
}

export const utilityProcess = {
  forks: [] as FakeUtilityProcess[],
  fork(modulePath: string, _args: string[], options: FakeUtilityProcess['options']): FakeUtilityProcess {
    const child = new FakeUtilityProcess(modulePath, options);
    this.forks.push(child);
    return child;
  },
};

/** Back to a fresh, unpackaged app with nothing created. */
export function resetFakeElectron(): void {
  BrowserWindow.instances.length = 0;
  app.removeAllListeners();
  app.isPackaged = false;
  app.quitCalls = 0;
  ipcMain.handlers.clear();
  dialog.errorBoxes.length = 0;
  Menu.applied = null;
  utilityProcess.forks.length = 0;
}
