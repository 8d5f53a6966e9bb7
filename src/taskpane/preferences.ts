import { DEFAULT_TOLERANCE as CHECK_TOLERANCE } from '../domain/api/findings';
import { COLUMN_ROLES, type ColumnOverrides, type ColumnRole } from '../domain/api/analyze';
import { toPoints } from '../domain/api/cells';
import type { Lang } from '../i18n/types';
import { criteriaChoices, MAX_TOLERANCE, type PaneSettings } from './components/SettingsPanel';
import type { PaneCriteria, SettingsStore } from './services';

export const SETTINGS_KEY = 'settings';
/** In points, as the settings panel shows it: the checker's own default. */
export const DEFAULT_TOLERANCE = toPoints(CHECK_TOLERANCE);

export function overridesKey(sheet: string): string {
  return `overrides:${sheet}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Stored values come from older versions or other hands: anything malformed falls back to defaults. */
export function readSettings(store: SettingsStore, defaultLang: Lang): PaneSettings {
  const saved = store.get(SETTINGS_KEY);
  const s = isRecord(saved) ? saved : {};
  const lang: Lang = s.lang === 'vi' || s.lang === 'en' ? s.lang : defaultLang;
  const criteria: PaneCriteria = criteriaChoices().includes(s.criteria as PaneCriteria) ? (s.criteria as PaneCriteria) : 'auto';
  const tolerance =
    typeof s.tolerance === 'number' && Number.isFinite(s.tolerance) && s.tolerance >= 0 && s.tolerance <= MAX_TOLERANCE
      ? s.tolerance
      : DEFAULT_TOLERANCE;
  return { lang, criteria, tolerance };
}

export function readOverrides(store: SettingsStore, sheet: string): ColumnOverrides | undefined {
  const saved = store.get(overridesKey(sheet));
  if (!isRecord(saved) || typeof saved.headerRow !== 'number' || !isRecord(saved.columns)) return undefined;
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const role of COLUMN_ROLES) {
    const col = saved.columns[role];
    if (typeof col === 'number' && Number.isInteger(col) && col >= 0) columns[role] = col;
  }
  return { headerRow: saved.headerRow, columns };
}
