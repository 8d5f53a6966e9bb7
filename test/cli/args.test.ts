import { langOf, parseArgs } from '../../src/cli/args';
import { CliError } from '../../src/cli/io';

function errorOf(argv: string[]): { key: string; params: Readonly<Record<string, string | number>> } {
  try {
    parseArgs(argv);
  } catch (err) {
    expect(err).toBeInstanceOf(CliError);
    return { key: (err as CliError).key, params: (err as CliError).params };
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('parseArgs', () => {
  it('reads check with its defaults and options in any order', () => {
    expect(parseArgs(['check', 'bang.xlsx'])).toEqual({ kind: 'check', lang: 'vi', file: 'bang.xlsx', criteria: 'auto', json: false });
    expect(parseArgs(['check', '--json', '--sheet', 'Phụ lục I', 'bang.xlsx', '--criteria=par-2017', '--lang', 'en'])).toEqual({
      kind: 'check',
      lang: 'en',
      file: 'bang.xlsx',
      sheet: 'Phụ lục I',
      criteria: 'par-2017',
      json: true,
    });
  });

  it('reads score with -o or --output', () => {
    expect(parseArgs(['score', 'in.xlsx', '-o', 'out.xlsx'])).toEqual({
      kind: 'score',
      lang: 'vi',
      file: 'in.xlsx',
      output: 'out.xlsx',
      criteria: 'auto',
      agencySheets: true,
    });
    expect(parseArgs(['score', '--output=kq.xlsx', 'in.xlsx', '--no-agency-sheets'])).toMatchObject({ output: 'kq.xlsx', agencySheets: false });
  });

  it('reads criteria, help and version', () => {
    expect(parseArgs(['criteria'])).toEqual({ kind: 'criteria', lang: 'vi', set: 'par-2022', json: false });
    expect(parseArgs(['criteria', '--set', 'PAR-2017', '--json'])).toEqual({ kind: 'criteria', lang: 'vi', set: 'par-2017', json: true });
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', lang: 'vi' });
    expect(parseArgs(['check', '--help', '--lang', 'en'])).toEqual({ kind: 'help', lang: 'en' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version', lang: 'vi' });
  });

  it.each([
    [[], 'cli.error.missing-command'],
    [['kiemtra', 'a.xlsx'], 'cli.error.unknown-command'],
    [['check'], 'cli.error.missing-file'],
    [['check', 'a.xlsx', 'b.xlsx'], 'cli.error.extra-argument'],
    [['check', 'a.xlsx', '--sheet'], 'cli.error.missing-value'],
    [['check', 'a.xlsx', '--criteria', 'par-2030'], 'cli.error.bad-value'],
    [['check', 'a.xlsx', '--lang', 'fr'], 'cli.error.bad-value'],
    [['check', 'a.xlsx', '-o', 'b.xlsx'], 'cli.error.unknown-option'],
    [['check', 'a.xlsx', '--no-agency-sheets'], 'cli.error.unknown-option'],
    [['score', 'a.xlsx'], 'cli.error.missing-output'],
    [['criteria', 'extra'], 'cli.error.extra-argument'],
    [['criteria', '--set', 'auto'], 'cli.error.bad-value'],
  ])('refuses %p with %s', (argv, key) => {
    expect(errorOf(argv).key).toBe(key);
  });

  it('names the allowed values when one is wrong', () => {
    expect(errorOf(['check', 'a.xlsx', '--criteria', 'x']).params).toEqual({
      option: '--criteria',
      value: 'x',
      allowed: 'auto, par-2022, par-2017, FILE.xlsx, FILE.json',
    });
  });
});

describe('langOf', () => {
  it('finds the language before the rest is parsed, defaulting to Vietnamese', () => {
    expect(langOf(['check', 'a.xlsx'])).toBe('vi');
    expect(langOf(['check', '--lang', 'en'])).toBe('en');
    expect(langOf(['--lang=EN', 'bogus'])).toBe('en');
    expect(langOf(['check', '--lang', 'fr'])).toBe('vi');
  });
});
