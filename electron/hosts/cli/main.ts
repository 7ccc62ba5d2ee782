import { compileInForeground } from '../../backend/workers/v8Flags';
import { EXIT_CANCELLED } from './cliErrors';
import { runCli } from './lw';

// A command's threads run its work and nothing else: compiling there is quicker (see v8Flags.ts).
compileInForeground();

/**
 * Ctrl-C (SIGINT) and SIGTERM stop the running command cleanly: its job is cancelled, what it
 * started is rolled back, and it prints one line and exits with 130. A command that does not
 * stop within GRACE_MS (or a second Ctrl-C) ends the process at once: every workspace write is a
 * transaction, so even then nothing is half kept.
 */
const GRACE_MS = 5000;
const controller = new AbortController();
let stops = 0;
const stop = (): void => {
  stops++;
  if (stops > 1) process.exit(EXIT_CANCELLED);
  controller.abort();
  setTimeout(() => {
    process.stderr.write('lw: stopped.\n');
    process.exit(EXIT_CANCELLED);
  }, GRACE_MS).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// `lw simulate | head`: the reader has gone, so there is nobody left to write to; end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(text.startsWith('\r') ? text : `${text}\n`),
  interactive: process.stderr.isTTY === true,
  env: process.env,
  signal: controller.signal,
}).then((code) => {
  process.exitCode = code;
});
