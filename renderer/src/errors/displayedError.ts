import { BackendError } from '../../../shared/contract/errors';

export interface DisplayedError {
  id: number;
  /** What the user was doing, e.g. "Opening the workspace". */
  title: string;
  message: string;
  hint: string | null;
}

/** Whatever was thrown, as a title, a plain message and (for backend errors) a hint. */
export function toDisplayedError(id: number, title: string, error: unknown): DisplayedError {
  if (error instanceof BackendError) return { id, title, message: error.message, hint: error.hint };
  if (error instanceof Error) return { id, title, message: error.message, hint: null };
  return { id, title, message: String(error), hint: null };
}

/** A cancelled job is the user's own choice, not an error to shout about. */
export function isCancellation(error: unknown): boolean {
  return error instanceof BackendError && error.code === 'cancelled';
}
