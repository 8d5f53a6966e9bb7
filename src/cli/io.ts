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
