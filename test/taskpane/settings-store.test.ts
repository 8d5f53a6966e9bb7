import { createFakeWorkbook, installFakeOffice, type FakeOfficeHandle } from '../fakes';
import { pickSettingsStore } from '../../src/taskpane/settings-store';

let handle: FakeOfficeHandle | undefined;
afterEach(() => {
  handle?.uninstall();
  handle = undefined;
});

describe('pickSettingsStore', () => {
  it("keeps preferences in the document's settings when the host offers the Settings set", async () => {
    handle = installFakeOffice(globalThis, createFakeWorkbook({ sheets: [{ name: 'Sheet1', cells: [] }] }));
    const store = pickSettingsStore();
    await store.set('preferences', { lang: 'en' });
    expect(handle.settings.get('par-scorer.preferences')).toEqual({ lang: 'en' });
    expect(store.get('preferences')).toEqual({ lang: 'en' });
  });

  it("does not touch the document's settings on a host without the Settings set (no window here: memory)", async () => {
    handle = installFakeOffice(globalThis, createFakeWorkbook({ sheets: [{ name: 'Sheet1', cells: [] }] }), {
      requirementSets: { Settings: undefined as unknown as string },
    });
    const store = pickSettingsStore();
    await store.set('preferences', { lang: 'en' });
    expect(handle.settings.size).toBe(0);
    expect(store.get('preferences')).toEqual({ lang: 'en' });
  });
});
