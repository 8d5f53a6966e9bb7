import { createFakeWorkbook, type FakeWorkbook, type FakeWorkbookSnapshot, type FakeWorkbookSpec } from '../fakes';
import { NO_CAPABILITIES, type Capabilities } from '../../src/excel/capabilities';
import { checkSheet, type OutputParts } from '../../src/excel/flows';
import { translator } from '../../src/i18n';
import type { Analysis } from '../../src/domain/analysis';

/** What Excel on the web offers (the fake models ExcelApi 1.17). */
export const WEB: Capabilities = {
  ...NO_CAPABILITIES,
  mergedAreas: true,
  suspendScreenUpdating: true,
  calculationMode: true,
  events: true,
  hyperlinks: true,
  visibility: true,
  workbookProtection: true,
  workbookName: true,
  conditionalFormats: true,
  freezePanes: true,
  copyFrom: true,
  shapes: true,
  comments: true,
};

export const TABLE: OutputParts = { tableColumns: true, summary: false, agencySheets: false };
export const AGENCIES: OutputParts = { tableColumns: false, summary: true, agencySheets: true };

export function writeOptions(include: OutputParts) {
  return { capabilities: WEB, t: translator('vi'), lang: 'vi' as const, include };
}

export async function analysisOf(fake: FakeWorkbook, sheet?: string): Promise<Analysis> {
  const { result } = await fake.run((ctx) => checkSheet(ctx, { capabilities: WEB, ...(sheet ? { sheet } : {}) }));
  if (!result.ok) throw new Error(`no table: ${JSON.stringify(result.failure)}`);
  return result.analysis;
}

export function workbook(spec: FakeWorkbookSpec): FakeWorkbook {
  return createFakeWorkbook(spec);
}

/**
 * Excel cannot tell a column set to the standard width from one never set; the fake records both
 * differently, so widths equal to the standard one are dropped before comparing.
 */
export function normalized(snapshot: FakeWorkbookSnapshot): FakeWorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s) => ({
      ...s,
      columnWidths: Object.fromEntries(Object.entries(s.columnWidths).filter(([, w]) => w !== 48)),
    })),
  };
}

/** The user's cells of a sheet: values and formulas of the given columns, every row. */
export function userColumns(snapshot: FakeWorkbookSnapshot, sheet: string, cols: number): unknown {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return {
    values: s.values.map((row) => row.slice(0, cols)),
    formulas: s.formulas.map((row) => row.slice(0, cols)),
    numberFormats: s.numberFormats.map((row) => row.slice(0, cols)),
    formats: s.formats.filter((f) => (/^([A-Z]+)/.exec(f.cell)?.[1] ?? 'ZZ').length === 1 && f.cell.charCodeAt(0) - 65 < cols),
    merges: s.merges,
  };
}

/** Every cell the user had before (value, formula, number format, font/fill), merges and sheet state are still there, unchanged. */
export function expectUserCellsKept(before: FakeWorkbookSnapshot, after: FakeWorkbookSnapshot): void {
  for (const was of before.sheets) {
    const now = after.sheets.find((s) => s.name === was.name);
    expect(now).toBeDefined();
    if (!now) continue;
    const region = (s: FakeSheetSnapshotLike) => ({
      values: was.values.map((row, r) => row.map((_, c) => s.values[r]?.[c] ?? null)),
      formulas: was.formulas.map((row, r) => row.map((_, c) => s.formulas[r]?.[c] ?? null)),
      numberFormats: was.numberFormats.map((row, r) => row.map((_, c) => s.numberFormats[r]?.[c] ?? null)),
    });
    expect(region(now)).toEqual(region(was));
    for (const format of was.formats) expect(now.formats).toContainEqual(format);
    expect(now.merges).toEqual(was.merges);
    expect([now.visibility, now.protected]).toEqual([was.visibility, was.protected]);
  }
}

type FakeSheetSnapshotLike = FakeWorkbookSnapshot['sheets'][number];
