import { DEFAULT_TOLERANCE, SETTINGS_KEY, overridesKey, readOverrides, readSettings } from '../../src/taskpane/preferences';
import { localStorageSettings, memorySettings } from '../../src/taskpane/settings-store';

class MapStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

describe('pane preferences', () => {
  it('fall back to defaults for anything malformed', () => {
    const store = memorySettings({ [SETTINGS_KEY]: { lang: 'fr', criteria: 'par-1999', tolerance: 7 } });
    expect(readSettings(store, 'vi')).toEqual({ lang: 'vi', criteria: 'auto', tolerance: DEFAULT_TOLERANCE });
    expect(readSettings(memorySettings(), 'en').lang).toBe('en');
  });

  it('keep a saved choice', () => {
    const store = memorySettings({ [SETTINGS_KEY]: { lang: 'en', criteria: 'par-2017', tolerance: 0.05 } });
    expect(readSettings(store, 'vi')).toEqual({ lang: 'en', criteria: 'par-2017', tolerance: 0.05 });
  });

  it('read a column mapping back, dropping unknown roles and bad columns', () => {
    const store = memorySettings({ [overridesKey('PL I')]: { headerRow: 3, columns: { code: 0, score: 3, bogus: 2, name: -1 } } });
    expect(readOverrides(store, 'PL I')).toEqual({ headerRow: 3, columns: { code: 0, score: 3 } });
    expect(readOverrides(store, 'other')).toBeUndefined();
  });

  it('round-trip through localStorage and survive garbage in it', async () => {
    const storage = new MapStorage();
    const store = localStorageSettings(storage);
    await store.set(overridesKey('Sheet1'), { headerRow: 1, columns: { code: 0 } });
    expect(localStorageSettings(storage).get(overridesKey('Sheet1'))).toEqual({ headerRow: 1, columns: { code: 0 } });
    storage.setItem('par-scorer.settings', '{not json');
    expect(store.get(SETTINGS_KEY)).toBeUndefined();
  });
});
