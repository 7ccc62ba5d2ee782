/**
 * Errors that cross the boundary. Each says what went wrong and, in `hint`, how to fix it, so
 * the UI and the command line can show them as they are.
 */
export const ERROR_CODES = [
  'invalid-arguments',
  'bad-input',
  'busy',
  'unknown-method',
  'no-workspace',
  'not-found',
  'already-exists',
  'not-a-workspace',
  'workspace-from-newer-version',
  'workspace-damaged',
  'workspace-read-only',
  'workspace-locked',
  'disk-full',
  'storage-failure',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorShape {
  code: ErrorCode;
  message: string;
  hint: string | null;
}

export class BackendError extends Error {
  override readonly name = 'BackendError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint: string | null = null,
  ) {
    super(message);
  }

  toShape(): ErrorShape {
    return { code: this.code, message: this.message, hint: this.hint };
  }

  static fromShape(shape: ErrorShape): BackendError {
    return new BackendError(shape.code, shape.message, shape.hint);
  }
}

export function isErrorShape(value: unknown): value is ErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(v.code) &&
    typeof v.message === 'string' &&
    (v.hint === null || typeof v.hint === 'string')
  );
}
