import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder where the app keeps the user's settings and the generated sample workspace:
 * LW_HOME when set (tests, portable installs), else ~/.loyalty-workbench. The desktop app
 * passes Electron's userData folder instead.
 */
export function defaultAppHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.LW_HOME && env.LW_HOME.trim() !== '' ? env.LW_HOME : join(homedir(), '.loyalty-workbench');
}
