import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/**
 * Test support: a client that writes exactly the bytes a test gives it, so tests can send what
 * Node's and ws's own clients refuse to (request targets like `//[`, repeated cookies, broken
 * WebSocket frames).
 */

export type Header = readonly [name: string, value: string];

/**
 * Sends raw bytes and collects what comes back until the server closes, or timeoutMs passes.
 * With halfClose the client ends its side after writing, so the server sees the end of an
 * unfinished request at once instead of waiting for more; Node's server then drops responses
 * still in progress (a file being sent), so only refusals, which are written at once, arrive.
 */
export function exchange(port: number, bytes: string | Buffer, timeoutMs = 1_000, halfClose = false): Promise<string> {
  return new Promise((ok) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      ok(received);
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('close', done);
    // A reset from the server is an answer too (it refused); the test reads what arrived before.
    socket.on('error', done);
    if (halfClose) socket.end(bytes);
    else socket.write(bytes);
  });
}

/** Every status line in raw response text (a pipelined request gets more than one). */
export function statusesOf(response: string): number[] {
  return [...response.matchAll(/HTTP\/1\.[01] (\d{3})/g)].map((m) => Number(m[1]));
}

/** The status code of the first response in raw text, or 0 when none arrived. */
export function statusOf(response: string): number {
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(response);
  return match?.[1] ? Number(match[1]) : 0;
}

export function requestBytes(target: string, headers: readonly Header[], method = 'GET'): string {
  return `${method} ${target} HTTP/1.1\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

/** A GET sent as given (the Host header is the server's own unless headers say otherwise). */
export async function rawGet(port: number, target: string, extra: readonly Header[] = []): Promise<number> {
  const headers: Header[] = [['Host', `127.0.0.1:${port}`], ['Connection', 'close'], ...extra];
  return statusOf(await exchange(port, requestBytes(target, headers)));
}

export function upgradeHeaders(port: number, extra: readonly Header[] = []): Header[] {
  return [
    ['Host', `127.0.0.1:${port}`],
    ['Upgrade', 'websocket'],
    ['Connection', 'Upgrade'],
    ['Sec-WebSocket-Key', randomBytes(16).toString('base64')],
    ['Sec-WebSocket-Version', '13'],
    ['Origin', `http://127.0.0.1:${port}`],
    ...extra,
  ];
}

/** A WebSocket upgrade sent as given; the status it got (101 when the socket was accepted). */
export async function rawUpgrade(port: number, target: string, extra: readonly Header[] = []): Promise<number> {
  return statusOf(await exchange(port, requestBytes(target, upgradeHeaders(port, extra)), 500));
}

/** An accepted WebSocket as a bare TCP socket, for writing frames byte by byte. */
export function openRawSocket(port: number, cookie: string): Promise<Socket> {
  return new Promise((ok, fail) => {
    const socket = connect({ host: '127.0.0.1', port });
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      if (statusOf(head) === 101) ok(socket);
      else {
        socket.destroy();
        fail(new Error(`The upgrade was refused: ${head.split('\r\n')[0] ?? ''}`));
      }
    };
    socket.on('data', onData);
    socket.once('error', fail);
    socket.write(requestBytes('/api', upgradeHeaders(port, [['Cookie', cookie]])));
  });
}

/** Writes to an open socket, half-closes it, and waits (at most timeoutMs) for the server to close. */
export function writeAndDrain(socket: Socket, bytes: Buffer, timeoutMs: number): Promise<void> {
  return new Promise((ok) => {
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      ok();
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', () => {});
    socket.on('close', done);
    socket.on('error', done);
    socket.end(bytes);
  });
}

export interface FrameSpec {
  fin: boolean;
  /** The three reserved bits, 0-7; anything but 0 is a protocol error without an extension. */
  rsv: number;
  opcode: number;
  /** Clients must mask; an unmasked frame is a protocol error. */
  masked: boolean;
  payload: Buffer;
  /** The length the header claims, when it should lie about the payload. */
  declaredLength?: number;
}

/** Encodes one WebSocket frame (RFC 6455, section 5.2), honest or not. */
export function encodeFrame(spec: FrameSpec): Buffer {
  const length = spec.declaredLength ?? spec.payload.length;
  const first = (spec.fin ? 0x80 : 0) | ((spec.rsv & 0b111) << 4) | (spec.opcode & 0x0f);
  let header: Buffer;
  if (length < 126) {
    header = Buffer.from([first, (spec.masked ? 0x80 : 0) | length]);
  } else if (length < 0x10000) {
    header = Buffer.alloc(4);
    header[0] = first;
    header[1] = (spec.masked ? 0x80 : 0) | 126;
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header[0] = first;
    header[1] = (spec.masked ? 0x80 : 0) | 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  if (!spec.masked) return Buffer.concat([header, spec.payload]);
  const key = randomBytes(4);
  const body = Buffer.from(spec.payload.map((b, i) => b ^ (key[i % 4] ?? 0)));
  return Buffer.concat([header, key, body]);
}

/** A well-formed masked text frame, as a browser sends a request. */
export function textFrame(text: string): Buffer {
  return encodeFrame({ fin: true, rsv: 0, opcode: 1, masked: true, payload: Buffer.from(text) });
}
