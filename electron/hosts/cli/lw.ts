import { resolve } from 'node:path';
import { APP_VERSION } from '../../backend/appVersion';
import { reportError, UsageError } from './cliErrors';
import type { Command, CommandIO } from './command';
import { infoCommand } from './commands/info';
import { fitCommand } from './commands/fit';
import { importCommand } from './commands/import';
import { sampleCommand } from './commands/sample';
import { segmentCommand } from './commands/segment';
import { summaryCommand } from './commands/summary';
import { simulateCommand } from './commands/simulate';
import { demoCommand } from './commands/demo';
import { scenariosCommand } from './commands/scenarios';
import { reportCommand } from './commands/report';
import { scenarioCommand } from './commands/scenario';
import { compareCommand } from './commands/compare';
import { valueCommand } from './commands/value';

export const COMMANDS: readonly Command[] = [sampleCommand, infoCommand, importCommand, summaryCommand, fitCommand, valueCommand, segmentCommand, simulateCommand, demoCommand, scenariosCommand, scenarioCommand, compareCommand, reportCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `lw — Loyalty Workbench on the command line (version ${APP_VERSION})`,
    '',
    'Usage: lw <command> [options]      (from the project: npm run --silent lw -- <command> [options])',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `lw <command> --help` for a command’s options.',
  ].join('\n');
}

/** The file a command works on, to name in a storage failure's message. */
function workspaceArgument(args: readonly string[]): string | undefined {
  for (const flag of ['--workspace', '--out']) {
    const i = args.indexOf(flag);
    if (i >= 0 && args[i + 1]) return resolve(args[i + 1]!);
    const joined = args.find((a) => a.startsWith(`${flag}=`));
    if (joined) return resolve(joined.slice(flag.length + 1));
  }
  return undefined;
}

/** Runs one command line; returns the exit code. Separate from main.ts so tests can call it. */
export async function runCli(argv: string[], given: Omit<CommandIO, 'argv' | 'signal'> & { signal?: AbortSignal }): Promise<number> {
  const io = { ...given, signal: given.signal ?? new AbortController().signal };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return 0;
  }
  if (name === '--version') {
    io.stdout(APP_VERSION);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`there is no command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.usage);
      return 0;
    }
    const code = await command.run({ ...io, argv: rest });
    // The stop came when the work was already done (and kept): say so rather than pretend.
    if (io.signal.aborted && code === 0) io.stderr('lw: the command had finished when the stop arrived; its result was kept.');
    return code;
  } catch (e) {
    // parseArgs reports unknown or malformed options as TypeErrors with a code; they are usage errors.
    const usage = e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS') ? new UsageError(e.message) : e;
    return reportError(usage, io.stderr, workspaceArgument(rest), command?.name);
  }
}
