import { isSetSupported } from '../office/requirement-sets';
import type { SettingsStore } from './services';

const PREFIX = 'par-scorer.';

export function memorySettings(initial: Readonly<Record<string, unknown>> = {}): SettingsStore {
  const values = new Map<string, unknown>(Object.entries(initial));
  return {
    get: (key) => values.get(key),
    set: async (key, value) => {
      values.set(key, value);
    },
  };
}

/** Outside Office (the demo page, tests) preferences live in the browser. */
export function localStorageSettings(storage: Storage): SettingsStore {
  return {
    get(key) {
      const raw = storage.getItem(PREFIX + key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      storage.setItem(PREFIX + key, JSON.stringify(value));
    },
  };
}

/**
 * Inside Office the document's own settings travel with the file, so a column mapping made on one
 * computer is still there on the next.
 */
function officeDocumentSettings(settings: Office.Settings): SettingsStore {
  return {
    get(key) {
      const value: unknown = settings.get(PREFIX + key);
      return value === null ? undefined : value;
    },
    set(key, value) {
      settings.set(PREFIX + key, value);
      return new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(result.error?.message ?? 'settings.saveAsync failed'));
        });
      });
    },
  };
}

/**
 * Office settings when the host offers them (the Settings requirement set, which the manifest does
 * not require), else localStorage, else memory.
 */
export function pickSettingsStore(): SettingsStore {
  if (isSetSupported('Settings')) {
    const officeSettings = Office.context?.document?.settings;
    if (officeSettings) return officeDocumentSettings(officeSettings);
  }
  try {
    if (typeof window !== 'undefined' && window.localStorage) return localStorageSettings(window.localStorage);
  } catch {
    // Storage can be blocked (private mode, sandboxed iframe): preferences then last for the session.
  }
  return memorySettings();
}
