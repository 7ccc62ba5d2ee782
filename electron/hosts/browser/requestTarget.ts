/**
 * The request target of an HTTP request, read without trusting it. Only origin-form targets
 * ("/path?query") are served here; anything else is the client's mistake or a probe, and gets a
 * 400 before any other check, so no parser further on ever sees it.
 */

/** A fixed base: the target's own authority, if it smuggled one in, must never be read. */
const BASE = 'http://127.0.0.1';

export function parseRequestTarget(target: string | undefined): URL | null {
  // "//host/..." and "/\host/..." are read as an authority by URL parsers (the WHATWG parser
  // turns "\" into "/"), and the page never asks for an empty first path segment.
  if (!target || target[0] !== '/' || target[1] === '/' || target[1] === '\\') return null;
  let url: URL;
  try {
    url = new URL(BASE + target);
  } catch {
    return null;
  }
  return url.origin === BASE ? url : null;
}
