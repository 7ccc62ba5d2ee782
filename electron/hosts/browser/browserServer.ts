import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { BackendError } from '../../../shared/contract/errors';
import { parseRequest, type ResponseMessage, type ServerMessage } from '../../../shared/contract/protocol';
import type { Backend } from '../../backend/backend';
import { newAccessToken, readCookie, TOKEN_COOKIE, tokenMatches } from './accessToken';
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

/** Largest message the page may send; the contract's arguments are small. */
const MAX_MESSAGE_BYTES = 1 << 20;

export interface BrowserServerOptions {
  backend: Backend;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface BrowserServer {
  /** The address to open, with the access token. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Browser mode: serves the built renderer and the backend over a WebSocket, on 127.0.0.1 only.
 * Every request must present the per-launch token, in the URL the first time (which sets a
 * same-site, HTTP-only cookie and redirects to a clean URL) and by that cookie afterwards. The
 * Host and Origin headers are checked as well, against DNS rebinding and cross-site sockets.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const { backend } = options;
  const staticDir = resolve(options.staticDir);
  const token = options.token ?? newAccessToken();
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const refuse = (res: ServerResponse, status: number, text: string) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(text);
  };

  const authorised = (req: IncomingMessage): boolean => tokenMatches(token, readCookie(req.headers.cookie, TOKEN_COOKIE));

  const server = createServer((req, res) => {
    if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 421, 'Loyalty Workbench answers on 127.0.0.1 only.');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET is served here.');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const presented = url.searchParams.get('token');
    if (presented !== null) {
      if (!tokenMatches(token, presented)) return refuse(res, 403, 'This access link is not valid for the running Loyalty Workbench. Use the link `npm start` printed.');
      url.searchParams.delete('token');
      res.writeHead(302, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
        Location: url.pathname + url.search,
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    if (!authorised(req)) return refuse(res, 403, 'Open Loyalty Workbench with the link `npm start` printed; it carries this launch\'s access token.');
    const file = resolveStaticPath(staticDir, url.pathname);
    if (!file) return refuse(res, 404, 'Not found.');
    sendFile(res, file, SECURITY_HEADERS);
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const origin = req.headers.origin ?? '';
    const sameOrigin = [...allowedHosts()].some((h) => origin === `http://${h}`);
    if (url.pathname !== '/api' || !allowedHosts().has(req.headers.host ?? '') || !sameOrigin || !authorised(req)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => serveSocket(ws, backend));
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
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

function serveSocket(ws: WebSocket, backend: Backend): void {
  const send = (message: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const unsubscribe = backend.onEvent(send);
  ws.on('close', unsubscribe);
  ws.on('message', (data, isBinary) => {
    let raw: unknown;
    try {
      raw = isBinary ? undefined : JSON.parse(data.toString());
    } catch {
      raw = undefined;
    }
    const request = parseRequest(raw);
    if (!request) {
      ws.close(1003, 'Malformed request');
      return;
    }
    backend.invoke(request.method, request.args).then(
      (result) => send({ kind: 'response', id: request.id, ok: true, result }),
      (error: unknown) => {
        const shape = error instanceof BackendError ? error.toShape() : { code: 'internal' as const, message: String(error), hint: null };
        send({ kind: 'response', id: request.id, ok: false, error: shape } satisfies ResponseMessage);
      },
    );
  });
}
