import { randomBytes, timingSafeEqual } from 'node:crypto';

export const TOKEN_COOKIE = 'lw_token';

export function newAccessToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
export function tokenMatches(expected: string, presented: string | null | undefined): boolean {
  if (!presented) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * What a request presented as its token, by one route (the cookie, or the link's query):
 * - absent: not there at all;
 * - one: exactly once, readable;
 * - repeated: more than once. Refused even when one copy is right: another site on 127.0.0.1 (any
 *   port shares the cookie jar) can plant a second cookie, and whichever copy a parser picks, the
 *   user would be signed in as someone else's session or locked out without being told why;
 * - malformed: there, but not decodable (e.g. `%E0%A4%A`).
 */
export type PresentedToken = { kind: 'absent' } | { kind: 'one'; value: string } | { kind: 'repeated'; count: number } | { kind: 'malformed' };

/** Reads one cookie from a Cookie header (several Cookie lines arrive joined by '; '). Never throws. */
export function readTokenCookie(header: string | undefined, name: string = TOKEN_COOKIE): PresentedToken {
  if (!header) return { kind: 'absent' };
  const values: string[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return presented(values.map(decodeCookieValue));
}

/** The token from the link's query (?token=...); URLSearchParams has already decoded it. */
export function readTokenParam(params: URLSearchParams, name = 'token'): PresentedToken {
  return presented(params.getAll(name));
}

function presented(values: readonly (string | null)[]): PresentedToken {
  if (values.length === 0) return { kind: 'absent' };
  if (values.length > 1) return { kind: 'repeated', count: values.length };
  const value = values[0];
  return value === null || value === undefined ? { kind: 'malformed' } : { kind: 'one', value };
}

/** The cookie is set percent-encoded; a value that does not decode is null, never an exception. */
function decodeCookieValue(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Whether the presented token is the running server's, by one route: exactly once and equal. */
export function presentedMatches(expected: string, token: PresentedToken): boolean {
  return token.kind === 'one' && tokenMatches(expected, token.value);
}
