/** Where the CLI writes; tests pass their own to capture output. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Set when stderr is an interactive terminal: progress bars are drawn only then. */
  readonly terminal?: { readonly columns: number } | null;
}

export const PROCESS_IO: CliIo = {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  get terminal() {
    return process.stderr.isTTY ? { columns: process.stderr.columns || 80 } : null;
  },
};

/** What exitWhenWritten needs of a stream: a write with a callback. */
interface Flushable {
  write(chunk: string, callback: (err?: Error | null) => void): unknown;
}

/**
 * Ends the process with `code` as soon as everything written to stdout and stderr has been handed
 * to the system, instead of letting it end by itself. A run that ends by itself first waits for
 * the jobs V8 still has queued on its helper threads, mostly optimised compiles of functions that
 * will not run again (a few of the ~80 a 10,000-row `check` starts); exiting drops the queued ones.
 * Measured at about 2% of a `check`'s CPU at 10,000 and 50,000 rows (bench/NOTES.md, "Check round
 * 5"). An empty write's callback runs once the writes before it have been handed on, so nothing
 * printed is cut short, also where a pipe is written asynchronously (Windows). When a stream can
 * no longer be written (a closed pipe), its callback still runs, with an error; should one never
 * run, the process still ends by itself with `code`, as before.
 */
export function exitWhenWritten(
  code: number,
  streams: readonly Flushable[] = [process.stdout, process.stderr],
  exit: (code: number) => void = (c) => process.exit(c),
): void {
  process.exitCode = code;
  let pending = streams.length;
  if (pending === 0) {
    exit(code);
    return;
  }
  for (const stream of streams) {
    stream.write('', () => {
      if (--pending === 0) exit(code);
    });
  }
}

/** Exit codes promised in the usage text. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

/** A failure caused by the input (file, sheet, options): reported as a translated message, exit 2. */
export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly details: readonly string[] = [],
  ) {
    super(key);
    this.name = 'CliError';
  }
}
