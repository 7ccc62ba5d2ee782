import { BackendError } from '../../../shared/contract/errors';

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Prints an error as a person should read it and returns the exit code. */
export function reportError(e: unknown, write: (line: string) => void): number {
  if (e instanceof UsageError) {
    write(`lw: ${e.message}`);
    write('Run `lw --help` for the commands and their options.');
    return 2;
  }
  if (e instanceof BackendError) {
    write(`lw: ${e.message}`);
    if (e.hint) write(`    ${e.hint}`);
    return 1;
  }
  write(`lw: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return 1;
}
