/**
 * Why a package cannot be read, as an i18n key under `xlsx.problem.` with its parameters: the CLI
 * says it in the user's language, naming the part, sheet or cell, and exits 2 (never a stack trace).
 */
type PackageProblem =
  | 'truncated'
  | 'zip-encrypted'
  | 'compression'
  | 'corrupt-part'
  | 'duplicate-part'
  | 'missing-part'
  | 'part-too-large'
  | 'bad-xml'
  | 'no-sheets'
  | 'sheet-too-large';

export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${problem} ${JSON.stringify(params)}`);
    this.name = 'PackageError';
  }

  get key(): string {
    return `xlsx.problem.${this.problem}`;
  }
}
