import { readdirSync } from 'fs';
import { basename, join } from 'path';
import type { MessageTable } from '../../src/i18n/types';
import { MESSAGE_TABLES } from '../../src/i18n/messages';

/*
 * Each file of src/i18n/messages owns the keys that start with its name ("cli.ts" every `cli.` key,
 * "check-dir.ts" every `check-dir.` key): a key is found from its prefix alone, and two pieces of
 * work adding texts to different parts of the tool never edit the same file.
 */
const DIR = join(__dirname, '..', '..', 'src', 'i18n', 'messages');
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.ts') && name !== 'index.ts');

function tablesOf(file: string): MessageTable[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(join(DIR, file)) as Record<string, unknown>;
  return Object.values(module).filter((v): v is MessageTable => typeof v === 'object' && v !== null && 'vi' in v && 'en' in v);
}

describe('message files', () => {
  it('are each one table, all registered', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(10);
    for (const file of FILES) {
      const tables = tablesOf(file);
      expect([file, tables.length]).toEqual([file, 1]);
      expect([file, MESSAGE_TABLES.includes(tables[0]!)]).toEqual([file, true]);
    }
    expect(MESSAGE_TABLES).toHaveLength(FILES.length);
  });

  it.each(FILES)('%s holds only keys that start with its name', (file) => {
    const prefix = `${basename(file, '.ts')}.`;
    const [table] = tablesOf(file);
    const foreign = [...Object.keys(table!.vi), ...Object.keys(table!.en)].filter((key) => !key.startsWith(prefix));
    expect(foreign).toEqual([]);
  });

  it.each(FILES)('%s has the same keys in Vietnamese and English', (file) => {
    const [table] = tablesOf(file);
    expect(Object.keys(table!.en).sort()).toEqual(Object.keys(table!.vi).sort());
  });

  it('gives no prefix to two files', () => {
    const prefixes = FILES.map((file) => basename(file, '.ts'));
    const nested = prefixes.filter((a) => prefixes.some((b) => a !== b && a.startsWith(`${b}.`)));
    expect(nested).toEqual([]);
  });
});
