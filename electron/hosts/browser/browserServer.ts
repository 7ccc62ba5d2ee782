import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Backend } from '../../backend/backend';
import { newAccessToken, presentedMatches, readTokenCookie, readTokenParam, TOKEN_COOKIE, type PresentedToken } from './accessToken';
import { parseRequestTarget } from './requestTarget';
import { consoleLog, describeError, type Log } from './serverLog';
import { MAX_FRAME_BYTES, serveSocket } from './socketSession';
import { resolveStaticPath, sendFile } from './staticFiles';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mantine sets style attributes at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface BrowserServerOptions {
  backend: Backend;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** Where refusals of malformed input and failures are reported (default: stderr). */
  log?: Log;
}

export interface BrowserServer {
  /** The address to open, with the access token. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** What the server says when it refuses; each names what to do next. */
const REFUSALS = {
  wrongHost: 'Loyalty Workbench answers on 127.0.0.1 only.',
  method: 'Only GET is served here.',
  badTarget: 'The request target is not a path on this server.',
  badLink: 'This access link is not valid for the running Loyalty Workbench. Use the link `npm start` printed.',
  linkTokenRepeated: 'This link carries the access token more than once. Use the link `npm start` printed, as it is.',
  cookieRepeated:
    "This request carries the lw_token cookie more than once, so Loyalty Workbench cannot tell which is yours. Clear this site's cookies for 127.0.0.1 (another page on this machine may have set one), then open the link `npm start` printed again.",
  noToken: "Open Loyalty Workbench with the link `npm start` printed; it carries this launch's access token.",
  notFound: 'Not found.',
  internal: 'Loyalty Workbench could not answer this request; the terminal that runs it says why.',
} as const;

/**
 * Browser mode: serves the built renderer and the backend over a WebSocket, on 127.0.0.1 only.
 * Every request must present the per-launch token, in the URL the first time (which sets a
 * same-site, HTTP-only cookie and redirects to a clean URL) and by that cookie afterwards. The
 * Host and Origin headers are checked as well, against DNS rebinding and cross-site sockets.
 *
 * Anything a client sends is untrusted and may be malformed: it is refused with 400 or 403,
 * and no input can end the process (every handler is guarded, every socket has an 'error'
 * listener), because the backend runs in this process and would go down with it.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const { backend } = options;
  const log = options.log ?? consoleLog;
  const staticDir = resolve(options.staticDir);
  const token = options.token ?? newAccessToken();
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const refuse = (res: ServerResponse, status: number, text: string) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(text);
  };

  /** Why a request is not signed in, or null when its cookie carries this launch's token once. */
  const cookieRefusal = (req: IncomingMessage): string | null => {
    const presented = readTokenCookie(req.headers.cookie, TOKEN_COOKIE);
    if (presented.kind === 'repeated') return REFUSALS.cookieRepeated;
    return presentedMatches(token, presented) ? null : REFUSALS.noToken;
  };

  const redirectWithCookie = (res: ServerResponse, url: URL, presented: PresentedToken) => {
    if (!presentedMatches(token, presented)) return refuse(res, 403, presented.kind === 'repeated' ? REFUSALS.linkTokenRepeated : REFUSALS.badLink);
    url.searchParams.delete('token');
    res.writeHead(302, {
      ...SECURITY_HEADERS,
      'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      Location: url.pathname + url.search,
      'Cache-Control': 'no-store',
    });
    res.end();
  };

  const handleRequest = (req: IncomingMessage, res: ServerResponse) => {
    if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 421, REFUSALS.wrongHost);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, REFUSALS.method);
    const url = parseRequestTarget(req.url);
    if (!url) return refuse(res, 400, REFUSALS.badTarget);
    const linkToken = readTokenParam(url.searchParams);
    if (linkToken.kind !== 'absent') return redirectWithCookie(res, url, linkToken);
    const refusal = cookieRefusal(req);
    if (refusal) return refuse(res, 403, refusal);
    const file = resolveStaticPath(staticDir, url.pathname);
    if (!file) return refuse(res, 404, REFUSALS.notFound);
    sendFile(res, file, SECURITY_HEADERS, log);
  };

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  // With noServer ws has no listening socket of its own to fail; the listener is there so that
  // no future ws release can end the process with an unheard 'error'.
  sockets.on('error', (error) => log(`the WebSocket server failed: ${describeError(error)}`));

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = parseRequestTarget(req.url);
    if (!url) return rejectUpgrade(socket, '400 Bad Request');
    const origin = req.headers.origin ?? '';
    const sameOrigin = [...allowedHosts()].some((h) => origin === `http://${h}`);
    if (url.pathname !== '/api' || !allowedHosts().has(req.headers.host ?? '') || !sameOrigin || cookieRefusal(req) !== null) {
      return rejectUpgrade(socket, '403 Forbidden');
    }
    sockets.handleUpgrade(req, socket, head, (ws) => serveSocket(ws, backend, log));
  };

  const server = createServer((req, res) => {
    try {
      handleRequest(req, res);
    } catch (error) {
      log(`a ${printableMethod(req.method)} request failed: ${describeError(error)}`);
      answerInternalError(res);
    }
  });
  // Node's HTTP server puts its own 'error' listener on each connection, but removes it when
  // the connection is handed over as an upgrade; this one stays, so a reset on a socket that is
  // being upgraded or refused cannot end the process.
  server.on('connection', (socket: Socket) => socket.on('error', () => {}));
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      handleUpgrade(req, socket, head);
    } catch (error) {
      log(`a WebSocket upgrade failed: ${describeError(error)}`);
      rejectUpgrade(socket, '500 Internal Server Error');
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      ok();
    });
  });
  // After start, a failure to accept a connection (e.g. out of file handles) is reported, and
  // the server keeps listening.
  server.on('error', (error) => log(`the server failed: ${describeError(error)}`));
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close: async () => {
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

/** Answers a refused upgrade on the raw socket, then closes it once the answer is out. */
function rejectUpgrade(socket: Duplex, status: string): void {
  if (!socket.writable) return void socket.destroy();
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
}

function answerInternalError(res: ServerResponse): void {
  try {
    if (res.headersSent) return void res.destroy();
    res.writeHead(500, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(REFUSALS.internal);
  } catch {
    res.destroy();
  }
}

/** The method as logged: Node's parser admits only token characters, but a log line trusts nothing. */
function printableMethod(method: string | undefined): string {
  return method && /^[A-Z]{1,16}$/.test(method) ? method : 'malformed';
}
