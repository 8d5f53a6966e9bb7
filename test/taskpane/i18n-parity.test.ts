import { allMessageTables, dictionary } from '../../src/i18n';
import { MESSAGE_TABLES } from '../../src/i18n/messages';
import { PANE_MESSAGES } from '../../src/i18n/messages/pane';

describe('message tables', () => {
  it('register the pane table', () => {
    expect(MESSAGE_TABLES).toContain(PANE_MESSAGES);
  });

  it.each(allMessageTables().map((table, index) => [index, table] as const))('table %i has the same keys in vi and en, none empty', (_, table) => {
    const viKeys = Object.keys(table.vi).sort();
    const enKeys = Object.keys(table.en).sort();
    expect(viKeys).toEqual(enKeys);
    const empty = [...Object.entries(table.vi), ...Object.entries(table.en)].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(dictionary('vi')).filter(
      (key) => JSON.stringify(placeholders(dictionary('vi')[key]!)) !== JSON.stringify(placeholders(dictionary('en')[key] ?? '')),
    );
    expect(mismatched).toEqual([]);
  });

  it('write Vietnamese pane texts in NFC with real diacritics', () => {
    const texts = Object.values(PANE_MESSAGES.vi);
    expect(texts.filter((text) => text !== text.normalize('NFC'))).toEqual([]);
    expect(PANE_MESSAGES.vi['pane.actions.agencies']).toBe('Tạo sheet theo đơn vị');
    expect(PANE_MESSAGES.vi['pane.check']).toBe('Kiểm tra');
  });
});
