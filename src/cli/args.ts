import type { CriteriaSetId } from '../domain/api/criteria-choices';
import type { UserEditsChoice } from '../domain/api/plan';
import type { Lang } from '../i18n/types';
import { parseCriteriaArg, type CriteriaArg } from './criteria-arg';
import { CliError } from './io';

type Command =
  | { readonly kind: 'help'; readonly lang: Lang }
  | { readonly kind: 'version'; readonly lang: Lang }
  | {
      readonly kind: 'check';
      readonly lang: Lang;
      readonly file: string;
      readonly sheet?: string;
      readonly criteria: CriteriaArg;
      readonly json: boolean;
    }
  | {
      readonly kind: 'score';
      readonly lang: Lang;
      readonly file: string;
      readonly output: string;
      readonly sheet?: string;
      readonly criteria: CriteriaArg;
      readonly agencySheets: boolean;
      /** What to do with a user's edits in the tool's cells; absent, such edits stop the run. */
      readonly userEdits?: UserEditsChoice;
    }
  | {
      readonly kind: 'criteria';
      readonly lang: Lang;
      readonly set: CriteriaSetId;
      readonly json: boolean;
      /** `--export ID -o FILE.xlsx`: write the set as an editable "Bộ tiêu chí" sheet. */
      readonly exportTo?: string;
    }
  | {
      /** `criteria --from-table FILE -o SET.xlsx`: a score table's consistent maxima as a criteria set. */
      readonly kind: 'criteria-from-table';
      readonly lang: Lang;
      readonly file: string;
      readonly output: string;
      readonly sheet?: string;
      readonly criteria: CriteriaArg;
    }
  | {
      readonly kind: 'check-dir';
      readonly lang: Lang;
      readonly dir: string;
      readonly output?: string;
      readonly criteria: CriteriaArg;
      readonly recursive: boolean;
      readonly json: boolean;
    };

const LANGS: readonly Lang[] = ['vi', 'en'];
const USER_EDITS: readonly UserEditsChoice[] = ['keep', 'overwrite'];

/** Options taking a value, per command; flags are listed separately. */
const VALUE_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  check: ['--sheet', '--criteria', '--lang'],
  score: ['--sheet', '--criteria', '--lang', '-o', '--output', '--user-edits'],
  criteria: ['--set', '--lang', '--export', '--from-table', '--sheet', '--criteria', '-o', '--output'],
  'check-dir': ['--criteria', '--lang', '-o', '--output'],
};
const FLAGS: Readonly<Record<string, readonly string[]>> = {
  check: ['--json'],
  score: ['--no-agency-sheets'],
  criteria: ['--json'],
  'check-dir': ['--json', '--recursive'],
};

/** The registered sets, loaded only for the command that names one: `--version` and `--help` need none. */
function registry(): typeof import('../domain/api/criteria-choices') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../domain/api/criteria-choices') as typeof import('../domain/api/criteria-choices');
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value.toLowerCase());
  if (!found) throw new CliError('cli.error.bad-value', { option, value, allowed: allowed.join(', ') });
  return found;
}

/**
 * The language is needed before anything else (to report argument errors in it), so it is looked
 * up on its own first; an invalid value falls back to Vietnamese and is reported by the full parse.
 */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined) return value.toLowerCase() === 'en' ? 'en' : 'vi';
  }
  return 'vi';
}

interface Parsed {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
}

function split(command: string, rest: readonly string[]): Parsed {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const valueOptions = VALUE_OPTIONS[command] ?? [];
  const flagOptions = FLAGS[command] ?? [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (valueOptions.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value === '') throw new CliError('cli.error.missing-value', { option: name });
      values.set(name === '--output' ? '-o' : name, value);
    } else if (flagOptions.includes(arg)) {
      flags.add(arg);
    } else {
      throw new CliError('cli.error.unknown-option', { option: arg });
    }
  }
  return { positional, values, flags };
}

function singleFile(parsed: Parsed): string {
  const [file, extra] = parsed.positional;
  if (file === undefined) throw new CliError('cli.error.missing-file');
  if (extra !== undefined) throw new CliError('cli.error.extra-argument', { value: extra });
  return file;
}

/** Turns argv (without "node" and the script) into a command, or throws a CliError. */
export function parseArgs(argv: readonly string[]): Command {
  const lang = langOf(argv);
  const [command, ...rest] = argv;
  if (command === undefined) throw new CliError('cli.error.missing-command');
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help', lang };
  if (command === '--version' || command === '-v') return { kind: 'version', lang };
  if (!(command in VALUE_OPTIONS)) throw new CliError('cli.error.unknown-command', { command });
  if (rest.includes('--help') || rest.includes('-h')) return { kind: 'help', lang };

  const parsed = split(command, rest);
  const langValue = parsed.values.get('--lang');
  if (langValue !== undefined) oneOf('--lang', langValue, LANGS);
  const criteriaValue = parsed.values.get('--criteria');
  const criteria = criteriaValue === undefined ? 'auto' : parseCriteriaArg(criteriaValue);
  const sheet = parsed.values.get('--sheet');

  switch (command) {
    case 'check':
      return { kind: 'check', lang, file: singleFile(parsed), criteria, json: parsed.flags.has('--json'), ...(sheet ? { sheet } : {}) };
    case 'score': {
      const file = singleFile(parsed);
      const output = parsed.values.get('-o');
      if (output === undefined) throw new CliError('cli.error.missing-output');
      const userEdits = parsed.values.get('--user-edits');
      return {
        kind: 'score',
        lang,
        file,
        output,
        criteria,
        agencySheets: !parsed.flags.has('--no-agency-sheets'),
        ...(sheet ? { sheet } : {}),
        ...(userEdits !== undefined ? { userEdits: oneOf('--user-edits', userEdits, USER_EDITS) } : {}),
      };
    }
    case 'check-dir': {
      const [dir, extra] = parsed.positional;
      if (dir === undefined) throw new CliError('check-dir.error.missing-dir');
      if (extra !== undefined) throw new CliError('cli.error.extra-argument', { value: extra });
      const output = parsed.values.get('-o');
      return {
        kind: 'check-dir',
        lang,
        dir,
        criteria,
        recursive: parsed.flags.has('--recursive'),
        json: parsed.flags.has('--json'),
        ...(output !== undefined ? { output } : {}),
      };
    }
    default: {
      const [extra] = parsed.positional;
      if (extra !== undefined) throw new CliError('cli.error.extra-argument', { value: extra });
      const fromTable = parsed.values.get('--from-table');
      if (fromTable !== undefined) {
        const output = parsed.values.get('-o');
        if (output === undefined) throw new CliError('criteria.cli.from-table-needs-output');
        return { kind: 'criteria-from-table', lang, file: fromTable, output, criteria, ...(sheet ? { sheet } : {}) };
      }
      const exportValue = parsed.values.get('--export');
      const setValue = exportValue ?? parsed.values.get('--set');
      const { CRITERIA_SET_IDS, defaultCriteriaSetId } = registry();
      const set = setValue === undefined ? defaultCriteriaSetId() : oneOf(exportValue !== undefined ? '--export' : '--set', setValue, CRITERIA_SET_IDS);
      const output = parsed.values.get('-o');
      if (exportValue === undefined) return { kind: 'criteria', lang, set, json: parsed.flags.has('--json') };
      if (output === undefined) throw new CliError('criteria.cli.export-needs-output');
      return { kind: 'criteria', lang, set, json: false, exportTo: output };
    }
  }
}
