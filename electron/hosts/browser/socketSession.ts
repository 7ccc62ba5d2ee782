import type { RawData, WebSocket } from 'ws';
import { BackendError, type ErrorShape } from '../../../shared/contract/errors';
import { parseRequest, type ServerMessage } from '../../../shared/contract/protocol';
import type { Backend } from '../../backend/backend';
import { describeError, type Log } from './serverLog';

/**
 * Largest request the page may send. The contract's arguments are small (paths, plan settings);
 * a bigger message is a fault in the page, and is answered with an error the page shows.
 */
export const MAX_MESSAGE_BYTES = 1 << 20;
/**
 * Largest frame ws reads at all (its maxPayload). Between the two limits the message is read so
 * the refusal can name the request it answers; past this one ws closes the socket with 1009
 * (Message Too Big) without buffering it, so a client cannot make the server hold more.
 */
export const MAX_FRAME_BYTES = 4 * MAX_MESSAGE_BYTES;

const CLOSE_UNSUPPORTED = 1003;
const CLOSE_TOO_BIG = 1009;
const CLOSE_INTERNAL = 1011;

/** Serves one accepted socket: requests in, responses and backend events out. Never throws. */
export function serveSocket(ws: WebSocket, backend: Backend, log: Log): void {
  // ws reports broken frames, bad UTF-8 and oversized messages here, after it has closed the
  // socket with the matching code; without a listener the 'error' event would end the process.
  ws.on('error', (error) => log(`a page's socket failed and was closed: ${describeError(error)}`));

  const send = (message: ServerMessage) => {
    if (ws.readyState !== ws.OPEN) return;
    let text: string;
    try {
      text = JSON.stringify(message);
    } catch (error) {
      log(`a ${message.kind} could not be sent to the page: ${describeError(error)}`);
      if (message.kind !== 'response') return;
      text = JSON.stringify({ kind: 'response', id: message.id, ok: false, error: internalError('Its answer could not be sent to the page.') } satisfies ServerMessage);
    }
    ws.send(text);
  };
  const unsubscribe = backend.onEvent(send);
  ws.on('close', unsubscribe);

  ws.on('message', (data, isBinary) => {
    try {
      handleMessage(data, isBinary);
    } catch (error) {
      log(`a page's request failed in the server: ${describeError(error)}`);
      ws.close(CLOSE_INTERNAL, 'Internal error in the Loyalty Workbench server');
    }
  });

  function handleMessage(data: RawData, isBinary: boolean): void {
    const size = byteLength(data);
    const raw = isBinary ? undefined : parseJson(data);
    const request = parseRequest(raw);
    if (size > MAX_MESSAGE_BYTES) {
      if (!request) return void ws.close(CLOSE_TOO_BIG, `Message too big: the server takes at most ${mib(MAX_MESSAGE_BYTES)} per message.`);
      send({ kind: 'response', id: request.id, ok: false, error: tooBig(size) });
      return;
    }
    if (!request) return void ws.close(CLOSE_UNSUPPORTED, 'Malformed request');
    backend
      .invoke(request.method, request.args)
      .then(
        (result) => send({ kind: 'response', id: request.id, ok: true, result }),
        (error: unknown) => send({ kind: 'response', id: request.id, ok: false, error: error instanceof BackendError ? error.toShape() : internalError(String(error)) }),
      )
      .catch((error: unknown) => log(`a response could not be sent: ${describeError(error)}`));
  }
}

function tooBig(size: number): ErrorShape {
  return {
    code: 'invalid-arguments',
    message: `This request is ${mib(size)}; the server takes requests of at most ${mib(MAX_MESSAGE_BYTES)}.`,
    hint: 'The page sent more than any operation needs. Reload the page and try again; if it happens again, report it.',
  };
}

function internalError(message: string): ErrorShape {
  return { code: 'internal', message, hint: null };
}

function mib(bytes: number): string {
  const value = bytes / (1 << 20);
  return `${Number.isInteger(value) ? value : value.toFixed(2)} MiB`;
}

function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, chunk) => sum + chunk.length, 0);
  return data.byteLength;
}

function parseJson(data: RawData): unknown {
  try {
    const text = Array.isArray(data) ? Buffer.concat(data).toString() : Buffer.isBuffer(data) ? data.toString() : Buffer.from(data).toString();
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
