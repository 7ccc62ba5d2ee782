import { pathToFileURL } from 'node:url';

/**
 * Which page is the app's own, decided once at start and compared exactly afterwards: the window
 * may navigate only to it, and only it may call the backend. No 'electron' import here, so the
 * decision is tested as plain functions.
 */
export type AppPage =
  /** The built renderer: one file, addressed by its exact file URL. */
  | { kind: 'file'; url: URL }
  /** Development only: the electron-vite dev server, addressed by its exact origin. */
  | { kind: 'dev-server'; url: URL };

/** The page to load: the dev server when development allows one, else the built file. */
export function appPage(rendererFile: string, devServerUrl: string | null): AppPage {
  return devServerUrl ? { kind: 'dev-server', url: new URL(devServerUrl) } : { kind: 'file', url: pathToFileURL(rendererFile) };
}

/**
 * Whether a URL is the app's page and nothing else: parsed, never matched as a substring, so
 * another file in the same folder, a look-alike path elsewhere on disk, or a host whose name
 * starts with the dev server's is refused. The fragment is free (the app routes by #/page);
 * a file URL must have no query and no host (a UNC share is someone else's disk).
 */
export function isAppUrl(page: AppPage, url: string): boolean {
  let candidate: URL;
  try {
    candidate = new URL(url);
  } catch {
    return false;
  }
  if (page.kind === 'dev-server') return candidate.origin === page.url.origin && (candidate.protocol === 'http:' || candidate.protocol === 'https:');
  return candidate.protocol === 'file:' && candidate.host === page.url.host && candidate.pathname === page.url.pathname && candidate.search === '';
}
