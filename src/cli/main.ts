import { readFileSync } from 'fs';
import { join } from 'path';
import type { Translate } from '../i18n/types';
import { langOf, parseArgs } from './args';
import type { CliIo } from './io';
import { CliError, EXIT_CLEAN, EXIT_UNUSABLE, PROCESS_IO } from './io';

export type { CliIo } from './io';
export { exitWhenWritten } from './io';

/* eslint-disable @typescript-eslint/no-require-imports -- each command's modules load only when it runs */
const commands = {
  check: () => require('./commands/check') as typeof import('./commands/check'),
  score: () => require('./commands/score') as typeof import('./commands/score'),
  criteria: () => require('./commands/criteria') as typeof import('./commands/criteria'),
  checkDir: () => require('./commands/check-dir') as typeof import('./commands/check-dir'),
  criteriaFromTable: () => require('./commands/criteria-from-table') as typeof import('./commands/criteria-from-table'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** The usage text; its set choices are the registered sets (loaded only when the text is shown). */
function usage(t: Translate, withCheckDir: boolean): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CRITERIA_SET_IDS } = require('../domain/api/criteria-choices') as typeof import('../domain/api/criteria-choices');
  const params = { sets: CRITERIA_SET_IDS.join('|') };
  return withCheckDir ? `${t('cli.usage', params)}\n\n${t('check-dir.usage', params)}` : t('cli.usage', params);
}

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
  // The messages load only when something is said: `--version` needs none of them.
  let translate: Translate | null = null;
  const t: Translate = (key, params) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    translate ??= (require('../i18n') as typeof import('../i18n')).translator(langOf(argv));
    return translate(key, params);
  };
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        io.stdout(`${usage(t, true)}\n`);
        return EXIT_CLEAN;
      case 'version':
        io.stdout(`par-scorer ${version()}\n`);
        return EXIT_CLEAN;
      case 'check':
        return await commands.check().runCheck(command, io);
      case 'score':
        return await commands.score().runScore(command, io);
      case 'criteria': {
        const { exportCriteria, runCriteria } = commands.criteria();
        return command.exportTo !== undefined ? await exportCriteria({ ...command, exportTo: command.exportTo }, io) : runCriteria(command, io);
      }
      case 'criteria-from-table':
        return await commands.criteriaFromTable().criteriaFromTable(command, io);
      case 'check-dir':
        return await commands.checkDir().runCheckDir(command, io);
    }
  } catch (err) {
    if (err instanceof CliError) {
      const lines = [`${t('cli.error.prefix')}: ${t(err.key, err.params)}`, ...err.details];
      if (['cli.error.missing-command', 'cli.error.unknown-command', 'cli.error.unknown-option'].includes(err.key)) {
        lines.push('', usage(t, false));
      }
      io.stderr(`${lines.join('\n')}\n`);
      return EXIT_UNUSABLE;
    }
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    io.stderr(`${t('cli.error.prefix')}: ${t('cli.error.unexpected', { detail })}\n`);
    return EXIT_UNUSABLE;
  }
}
