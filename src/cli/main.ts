import { readFileSync } from 'fs';
import { join } from 'path';
import { translator } from '../i18n';
import { langOf, parseArgs } from './args';
import { runCheck } from './commands/check';
import { runCheckDir } from './commands/check-dir';
import { exportCriteria, runCriteria } from './commands/criteria';
import { criteriaFromTable } from './commands/criteria-from-table';
import { runScore } from './commands/score';
import type { CliIo } from './io';
import { CliError, EXIT_CLEAN, EXIT_UNUSABLE, PROCESS_IO } from './io';

export type { CliIo } from './io';

function version(): string {
  // Two levels up from both src/cli (tests) and dist/cli (the built CLI).
  const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/**
 * The par-scorer command line. Returns the exit code (0 clean, 1 the table has errors, 2 unusable
 * input) instead of exiting, and writes only through `io`, so tests run it in-process.
 */
export async function main(argv: readonly string[], io: CliIo = PROCESS_IO): Promise<number> {
  const t = translator(langOf(argv));
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        io.stdout(`${t('cli.usage')}\n\n${t('checkdir.usage')}\n`);
        return EXIT_CLEAN;
      case 'version':
        io.stdout(`par-scorer ${version()}\n`);
        return EXIT_CLEAN;
      case 'check':
        return await runCheck(command, io);
      case 'score':
        return await runScore(command, io);
      case 'criteria':
        return command.exportTo !== undefined ? await exportCriteria({ ...command, exportTo: command.exportTo }, io) : runCriteria(command, io);
      case 'criteria-from-table':
        return await criteriaFromTable(command, io);
      case 'check-dir':
        return await runCheckDir(command, io);
    }
  } catch (err) {
    if (err instanceof CliError) {
      const lines = [`${t('cli.error.prefix')}: ${t(err.key, err.params)}`, ...err.details];
      if (['cli.error.missing-command', 'cli.error.unknown-command', 'cli.error.unknown-option'].includes(err.key)) {
        lines.push('', t('cli.usage'));
      }
      io.stderr(`${lines.join('\n')}\n`);
      return EXIT_UNUSABLE;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr(`${t('cli.error.prefix')}: ${t('cli.error.unexpected', { detail })}\n`);
    return EXIT_UNUSABLE;
  }
}
