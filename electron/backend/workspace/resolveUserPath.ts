import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** Turns what a user typed into an absolute path: "~" is the home folder, relative means from it. */
export function resolveUserPath(typed: string, home = homedir()): string {
  const p = typed.trim();
  if (p === '~') return home;
  if (p.startsWith('~/') || p.startsWith('~\\')) return join(home, p.slice(2));
  return isAbsolute(p) ? resolve(p) : resolve(home, p);
}
