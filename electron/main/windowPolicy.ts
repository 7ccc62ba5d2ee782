import { isAppUrl, type AppPage } from './appPage';

/**
 * What the window allows, as plain functions the shell wires to Electron's events (mainWindow.ts)
 * and tests call directly.
 */

/**
 * The page's Content Security Policy, sent as a response header. renderer/index.html carries a
 * meta copy too (a file:// page may get no header, depending on the Electron version), and a page
 * obeys both; only the header can say frame-ancestors, which a meta tag may not.
 */
export function contentSecurityPolicy(page: AppPage): string {
  // The desktop page talks to the backend over IPC; only the dev server's hot reload needs a socket.
  const connect = page.kind === 'dev-server' ? `'self' ws://${page.url.host}` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Mantine sets style attributes at run time.
    "style-src 'self' 'unsafe-inline'",
    // Chart images are made as data: URLs.
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Response headers with the policy set, replacing any the response brought, whatever its case. */
export function withContentSecurityPolicy(headers: Readonly<Record<string, string[]>> | undefined, policy: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [policy];
  return result;
}

/**
 * Whether the window, or a frame in it, may go to a URL (by link, script, or redirect): only to
 * the app's own page. Links to the web are not followed inside the app.
 */
export function mayNavigate(page: AppPage, url: string): boolean {
  return isAppUrl(page, url);
}

