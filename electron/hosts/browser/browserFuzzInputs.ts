import fc from 'fast-check';
import { encodeFrame, requestBytes, upgradeHeaders, type Header } from './testRawClient';

/**
 * Test support: random hostile input for the browser host, as fast-check arbitraries. An input
 * is symbolic where it names the real token (it is known only once the host has started), and
 * is rendered to bytes against a running host. No input carries the real token exactly once by
 * any route, so every one of them must be refused.
 */

/** A token value: the real one, the real one altered, or any string. */
type TokenValue = { real: 'exact' } | { real: 'altered'; at: number; char: string; cut: boolean } | { literal: string };

interface CookiePair {
  name: string;
  value: TokenValue;
}

/** A Cookie header: pairs that may name lw_token, or free text. */
type CookieSpec = { pairs: CookiePair[]; separator: string; splitAcrossHeaders: boolean } | { raw: string };

export type FuzzInput =
  | { kind: 'http'; method: string; target: TargetSpec; version: string; headers: Header[]; cookie: CookieSpec | null; rightHost: boolean; body: string }
  | { kind: 'upgrade'; target: TargetSpec; headers: Header[]; cookie: CookieSpec | null; rightOrigin: boolean; dropHeader: number | null }
  | { kind: 'frames'; frames: FrameInput[] };

/** A request target, optionally with ?token= values appended (never the real one exactly once). */
interface TargetSpec {
  path: string;
  tokens: TokenValue[];
}

type FrameInput =
  | { kind: 'frame'; fin: boolean; rsv: number; opcode: number; masked: boolean; payload: Uint8Array; lie: number | null }
  | { kind: 'request'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array };

const TOKEN_NAME = 'lw_token';

/** Text with the characters that break parsers: controls, CR/LF, %, quotes, brackets, non-ASCII. */
const nastyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: fc.constantFrom('%', '[', ']', '/', '\\', '"', ';', '=', ',', ' ', '\t', '\r', '\n', '\0', 'é', '\u{1F600}', '\uD800', 'E0', 'A4', 'a', '?', '&', '#', '.'), maxLength }),
    fc.string({ unit: 'binary', maxLength }),
  );

/**
 * Text an HTTP parser lets through in a target or a header value (no controls, no spaces in a
 * target), but which the server's own reading must cope with: %-escapes that do not decode,
 * separators, quotes, brackets, non-ASCII. Most inputs use it, so most of them get past Node's
 * parser to the server's checks instead of stopping at a 400 from the parser.
 */
const parsableText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom('%', '%E0', '%A4', '%A', '%2F', '%00', '%%', '[', ']', '/', '\\', '"', ';', '=', ',', 'é', 'a', 'Z', '0', '?', '&', '#', '.', '..', '~', '@', ':', '+'), maxLength }),
    // fast-check's default unit is printable ASCII; only the space would end a target early.
    fc.string({ maxLength }).map((t) => t.replaceAll(' ', '')),
  );

/** Mostly text that gets through the parser; now and then anything at all. */
const someText = (maxLength: number) => fc.oneof({ weight: 5, arbitrary: parsableText(maxLength) }, { weight: 1, arbitrary: nastyText(maxLength) });

const tokenValue: fc.Arbitrary<TokenValue> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ real: 'exact' as const }) },
  { weight: 2, arbitrary: fc.record({ real: fc.constant('altered' as const), at: fc.nat(40), char: fc.constantFrom('A', '_', '-', '%', '=', ' ', 'é'), cut: fc.boolean() }) },
  { weight: 3, arbitrary: fc.oneof(fc.constantFrom('%E0%A4%A', '%', '%%', '""', '', '%00', '=', 'undefined'), someText(40)).map((literal) => ({ literal })) },
);

const cookieName = fc.oneof({ weight: 4, arbitrary: fc.constant(TOKEN_NAME) }, { weight: 2, arbitrary: fc.constantFrom(` ${TOKEN_NAME}`, `${TOKEN_NAME} `, 'LW_TOKEN', `${TOKEN_NAME}x`, 'token', '') }, { weight: 1, arbitrary: someText(12) });

/** Whether the server would sign a request in with this cookie: exactly one lw_token, the real one. */
function signsIn(pairs: readonly CookiePair[]): boolean {
  const ours = pairs.filter((p) => p.name.trim() === TOKEN_NAME);
  return ours.length === 1 && 'real' in ours[0]!.value && ours[0]!.value.real === 'exact';
}

const cookieSpec: fc.Arbitrary<CookieSpec> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ pairs: fc.array(fc.record({ name: cookieName, value: tokenValue }), { minLength: 1, maxLength: 4 }), separator: fc.constantFrom('; ', ';', ' ; ', ', '), splitAcrossHeaders: fc.boolean() })
      // A ", " separator makes one pair of the two to the server; count it as the server would.
      .filter((c) => !signsIn(c.pairs) && !(c.separator === ', ' && signsIn(c.pairs.slice(0, 1)))),
  },
  { weight: 1, arbitrary: someText(80).map((raw) => ({ raw })) },
);

const targetSpec: fc.Arbitrary<TargetSpec> = fc.record({
  path: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom('/', '//[', '//', '/api', '/index.html', '/assets/app.js', '/%', '/%E0%A4%A', '/..%2f..%2fsecret', '/../../etc/passwd', '*', 'http://127.0.0.1/', 'http://evil.example/', '/\\evil.example/', '/?', '/#x', '/[', '/%00') },
    // As a browser sends a path: anything outside printable ASCII %-encoded, byte by byte.
    { weight: 4, arbitrary: parsableText(60).map((t) => `/${t.replace(/[^\x21-\x7e]/gu, (c) => [...Buffer.from(c)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''))}`) },
    { weight: 1, arbitrary: nastyText(60) },
  ),
  tokens: fc.array(tokenValue, { maxLength: 3 }).filter((tokens) => !(tokens.length === 1 && 'real' in tokens[0]! && tokens[0].real === 'exact')),
});

const headerName = fc.oneof(
  { weight: 14, arbitrary: fc.constantFrom('Cookie', 'Origin', 'Accept', 'User-Agent', 'Referer', 'X-Anything', 'Sec-WebSocket-Protocol', 'Sec-WebSocket-Extensions') },
  // Headers Node's parser itself judges (a bad length or a second Host is its 400, not ours).
  { weight: 2, arbitrary: fc.constantFrom('Host', 'Content-Length', 'Transfer-Encoding', 'Connection', 'Upgrade', 'Expect', 'Sec-WebSocket-Key', 'Sec-WebSocket-Version') },
  { weight: 1, arbitrary: nastyText(20) },
);
const headers = fc.array(fc.tuple(headerName, someText(60)), { maxLength: 3 });

const httpInput: fc.Arbitrary<FuzzInput> = fc.record({
  kind: fc.constant('http' as const),
  method: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('GET', 'GET', 'GET', 'HEAD') }, { weight: 1, arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'get', 'G ET', '') }, { weight: 1, arbitrary: nastyText(8) }),
  target: targetSpec,
  version: fc.oneof({ weight: 8, arbitrary: fc.constant('HTTP/1.1') }, { weight: 1, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1x', '', 'HTTP/9') }),
  headers,
  cookie: fc.option(cookieSpec, { nil: null }),
  rightHost: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  body: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: nastyText(100) }),
});

const upgradeInput: fc.Arbitrary<FuzzInput> = fc.record({
  kind: fc.constant('upgrade' as const),
  target: fc.oneof({ weight: 3, arbitrary: fc.constant({ path: '/api', tokens: [] as TokenValue[] }) }, { weight: 2, arbitrary: targetSpec }),
  headers,
  cookie: fc.option(cookieSpec, { nil: null }),
  rightOrigin: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  dropHeader: fc.option(fc.nat(5), { nil: null, freq: 5 }),
});

const requestText = fc.oneof(
  fc.record({ id: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER + 2)), method: fc.oneof(fc.constant('app.info'), nastyText(20)), args: fc.jsonValue({ maxDepth: 3 }) }).map((r) => JSON.stringify({ kind: 'request', ...r })),
  fc.json({ maxDepth: 3 }),
  nastyText(200),
);

const frameInput: fc.Arbitrary<FrameInput> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('frame' as const),
      fin: fc.boolean(),
      rsv: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 7 }) }),
      opcode: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(0, 1, 2, 8, 9, 10) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 15 }) }),
      masked: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      payload: fc.oneof(fc.uint8Array({ maxLength: 300 }), requestText.map((t) => new Uint8Array(Buffer.from(t)))),
      // A header that claims more (or less) than follows: up to 2^53, far past any limit.
      lie: fc.option(fc.oneof(fc.nat(200), fc.constantFrom(125, 126, 65_535, 65_536, (1 << 20) + 1, 5 << 20, 2 ** 32, Number.MAX_SAFE_INTEGER))),
    }),
  },
  { weight: 3, arbitrary: requestText.map((text) => ({ kind: 'request' as const, text })) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => ({ kind: 'bytes' as const, bytes })) },
);

const framesInput: fc.Arbitrary<FuzzInput> = fc.record({ kind: fc.constant('frames' as const), frames: fc.array(frameInput, { minLength: 1, maxLength: 6 }) });

export const fuzzInput: fc.Arbitrary<FuzzInput> = fc.oneof({ weight: 4, arbitrary: httpInput }, { weight: 3, arbitrary: upgradeInput }, { weight: 2, arbitrary: framesInput });

/** What the inputs need to know about the running host to be turned into bytes. */
export interface RenderContext {
  port: number;
  token: string;
}

function renderToken(value: TokenValue, token: string): string {
  if ('literal' in value) return value.literal;
  if (value.real === 'exact') return token;
  const at = value.at % token.length;
  if (value.cut) return token.slice(0, at);
  const char = token[at] === value.char ? `${value.char}x` : value.char;
  return token.slice(0, at) + char + token.slice(at + 1);
}

function renderTarget(target: TargetSpec, token: string): string {
  if (target.tokens.length === 0) return target.path;
  const query = target.tokens.map((t) => `token=${renderToken(t, token)}`).join('&');
  return `${target.path}${target.path.includes('?') ? '&' : '?'}${query}`;
}

function renderCookie(cookie: CookieSpec, token: string): Header[] {
  if ('raw' in cookie) return [['Cookie', cookie.raw]];
  const pairs = cookie.pairs.map((p) => `${p.name}=${renderToken(p.value, token)}`);
  return cookie.splitAcrossHeaders ? pairs.map((p): Header => ['Cookie', p]) : [['Cookie', pairs.join(cookie.separator)]];
}

export function renderHttp(input: Extract<FuzzInput, { kind: 'http' }>, ctx: RenderContext): Buffer {
  const host: Header = ['Host', input.rightHost ? `127.0.0.1:${ctx.port}` : `evil.example:${ctx.port}`];
  const all: Header[] = [host, ...input.headers, ...(input.cookie ? renderCookie(input.cookie, ctx.token) : [])];
  const line = `${input.method} ${renderTarget(input.target, ctx.token)} ${input.version}`.trimEnd();
  return Buffer.from(`${line}\r\n${all.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${input.body}`);
}

export function renderUpgrade(input: Extract<FuzzInput, { kind: 'upgrade' }>, ctx: RenderContext): Buffer {
  const base = upgradeHeaders(ctx.port)
    .map((h): Header => (h[0] === 'Origin' && !input.rightOrigin ? ['Origin', 'http://evil.example'] : h))
    .filter((_h, i) => i !== input.dropHeader);
  const all: Header[] = [...base, ...input.headers, ...(input.cookie ? renderCookie(input.cookie, ctx.token) : [])];
  return Buffer.from(requestBytes(renderTarget(input.target, ctx.token), all));
}

export function renderFrames(input: Extract<FuzzInput, { kind: 'frames' }>): Buffer {
  return Buffer.concat(
    input.frames.map((f) => {
      if (f.kind === 'bytes') return Buffer.from(f.bytes);
      if (f.kind === 'request') return encodeFrame({ fin: true, rsv: 0, opcode: 1, masked: true, payload: Buffer.from(f.text) });
      return encodeFrame({ fin: f.fin, rsv: f.rsv, opcode: f.opcode, masked: f.masked, payload: Buffer.from(f.payload), ...(f.lie === null ? {} : { declaredLength: f.lie }) });
    }),
  );
}
