/** Where the browser host reports what it refused or what failed: one line per event. */
export type Log = (line: string) => void;

export const consoleLog: Log = (line) => console.error(`[browser] ${line}`);

/**
 * An error as one printable line. Errors about a request may quote it, and a request is
 * untrusted: control characters (terminal escapes, line breaks that would forge log lines) are
 * replaced, and the line is cut short.
 */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // eslint-disable-next-line no-control-regex
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return printable.length > 300 ? `${printable.slice(0, 300)}…` : printable;
}
