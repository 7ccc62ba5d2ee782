import { availableParallelism } from 'node:os';
import { UsageError } from './cliErrors';
import type { CommandIO } from './command';

export function parseWholeNumber(flag: string, text: string, min = 0): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`${flag} must be a whole number of at least ${min} (got "${text}").`);
  }
  return n;
}

/** Progress on stderr: one redrawn line on a terminal, nothing when piped (scripts stay clean). */
export function progressPrinter(io: CommandIO, label: string) {
  let total = 0;
  let done = 0;
  let lastDraw = 0;
  const draw = (force: boolean) => {
    if (!io.interactive) return;
    const now = Date.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const pct = total > 0 ? Math.floor((100 * done) / total) : 0;
    io.stderr(`\r${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${pct}%)`);
  };
  return {
    // A job given the printer as its progress also stops on Ctrl-C.
    signal: io.signal,
    setTotal: (n: number) => {
      total = n;
      draw(true);
    },
    advance: (n: number) => {
      done += n;
      draw(false);
    },
    finish: () => {
      if (io.interactive && total > 0) io.stderr('\n');
    },
  };
}

/**
 * Worker threads for a command's simulations when --workers is not given: one per core (at most
 * 8). The app keeps a core for its window; a command has none to keep. The results are the same
 * on any number of workers.
 */
export function cliWorkerCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}
