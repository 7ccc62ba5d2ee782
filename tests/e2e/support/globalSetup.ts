import { writeFileSync } from 'node:fs';
import { startApp } from './appServer';

/** One app for the whole e2e run, started by `npm start`; tests read its URL from the env. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const app = await startApp();
  process.env.LW_E2E_URL = app.url;
  process.env.LW_E2E_HOME = app.home;
  process.env.LW_E2E_START_OUTPUT = app.output();
  writeFileSync(`${app.home}/start-output.txt`, app.output());
  return () => app.stop();
}
