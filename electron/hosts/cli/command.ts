/** What a command gets: its own arguments and where to write. */
export interface CommandIO {
  argv: string[];
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal, so progress may redraw one line. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
  /** Aborted by Ctrl-C or SIGTERM: a command passes it to its jobs, which roll back and stop. */
  signal: AbortSignal;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(io: CommandIO): Promise<number>;
}
