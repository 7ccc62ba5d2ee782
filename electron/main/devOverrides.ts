/**
 * Environment variables that change what code and which page the app trusts, and which only
 * development may set. A packaged app ignores them: anyone who can set a variable for the user
 * (a shortcut, a login script) could otherwise point the window at their own page, which would
 * then hold the preload's bridge, or make the backend load their native module.
 */
export const DEV_ONLY_VARIABLES = [
  /** electron-vite's dev server; the window would load and trust that page. */
  'ELECTRON_RENDERER_URL',
  /** A better-sqlite3 build to load instead of the bundled one (read by electron/backend/db/sqlite.ts). */
  'LW_SQLITE_BINDING',
] as const;

export interface DevOverrides {
  /** The dev server to load instead of the built page, or null. */
  rendererUrl: string | null;
}

type Environment = Readonly<Record<string, string | undefined>>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What development may override here: nothing when packaged. Throws on a dev URL it cannot trust. */
export function developmentOverrides(env: Environment, isPackaged: boolean): DevOverrides {
  if (isPackaged) return { rendererUrl: null };
  const raw = env.ELECTRON_RENDERER_URL?.trim();
  if (!raw) return { rendererUrl: null };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ELECTRON_RENDERER_URL is not a URL: ${JSON.stringify(raw)}. Unset it to load the built pages, or let electron-vite dev set it.`);
  }
  // The dev server runs on this machine; a page from anywhere else must never get the bridge.
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`ELECTRON_RENDERER_URL must be an http:// address on this machine (localhost or 127.0.0.1), not ${JSON.stringify(raw)}.`);
  }
  return { rendererUrl: url.href };
}

/**
 * The environment the backend utility process starts with: the app's own, with the app home set,
 * and without the development-only variables when packaged.
 */
export function backendEnvironment(env: Environment, isPackaged: boolean, homeDir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (isPackaged && (DEV_ONLY_VARIABLES as readonly string[]).includes(name)) continue;
    result[name] = value;
  }
  result.LW_HOME = homeDir;
  return result;
}
