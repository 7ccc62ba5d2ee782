import { BackendError } from '../../../shared/contract/errors';
import { storageFailure } from '../../backend/db/storageFailures';

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The exit code of a command stopped by Ctrl-C or SIGTERM (128 + SIGINT), as shells expect. */
export const EXIT_CANCELLED = 130;

/**
 * Prints an error as a person should read it and returns the exit code. `workspace` names the
 * file a storage failure (read-only, disk full, locked) happened on; `command`, the command
 * whose options a usage mistake should send the person to.
 */
export function reportError(caught: unknown, write: (line: string) => void, workspace = 'the workspace', command?: string): number {
  const e = storageFailure(caught, workspace) ?? caught;
  if (e instanceof BackendError && e.code === 'cancelled') {
    write(`lw: ${e.message}`);
    return EXIT_CANCELLED;
  }
  if (e instanceof UsageError) {
    write(`lw: ${e.message}`);
    write(command ? `Run \`lw ${command} --help\` for its options.` : 'Run `lw --help` for the commands and their options.');
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
