import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * better-sqlite3 is a native module built for one ABI. Under Electron the app loads a copy
 * built for Electron's ABI from resources/native/electron (see README, "Packaging"); under
 * Node (tests, command line, browser mode) it uses the copy in node_modules.
 */
function nativeBinding(): string | undefined {
  if (!process.versions.electron) return undefined;
  // resourcesPath exists only under Electron (the packaged app's resources folder).
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath ?? '';
  // LW_SQLITE_BINDING points a development build at another binding; a packaged app (running
  // from app.asar) loads native code from its own resources only, whatever the environment says.
  const packaged = __dirname.includes(`app.asar`);
  const candidates = [
    packaged ? undefined : process.env.LW_SQLITE_BINDING,
    join(resourcesPath, 'native', 'better_sqlite3.node'),
    join(__dirname, '..', '..', 'resources', 'native', 'electron', 'better_sqlite3.node'),
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export function openSqlite(path: string, options: { readonly?: boolean; fileMustExist?: boolean } = {}): Database.Database {
  const binding = nativeBinding();
  return new Database(path, { ...options, ...(binding ? { nativeBinding: binding } : {}) });
}
