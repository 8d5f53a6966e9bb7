import { createFakeWorkbook, installFakeOffice } from '../fakes';
import { readSheet } from '../../src/excel/read';
import { NO_CAPABILITIES, type Capabilities } from '../../src/excel/capabilities';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { serializeMarker } from '../../src/domain/plan/marker';
import { ExcelAdapterError } from '../../src/excel/errors';
import { CRITERIA_SHEET } from '../../src/domain/criteria/custom/sheet';
import { analyze } from '../../src/domain/engine';

const ALL: Capabilities = { ...NO_CAPABILITIES, mergedAreas: true, visibility: true };

function workbook() {
  return createFakeWorkbook({
    locale: 'vi-VN',
    sheets: [
      {
        name: 'Bảng điểm',
        cells: [
          [null, null, null],
          ['STT', 'Tiêu chí', 'Điểm'],
          [1, 'Công tác chỉ đạo', 8.5],
          [null, '=1+1 là chữ', 1.1],
          ['#N/A', true, null],
        ],
        numberFormats: [[], [], [null, null, '0.00'], [null, null, '0.00'], []],
        merges: ['A3:A4'],
      },
      { name: 'Ẩn', cells: [['x']], visibility: 'Hidden', protected: true },
    ],
    activeSheet: 'Bảng điểm',
  });
}

describe('readSheet', () => {
  it('reads the used range, displayed text, value kinds and merges in one sync', async () => {
    const fake = workbook();
    const read = await fake.run((ctx) => readSheet(ctx, undefined, { capabilities: ALL }));
    expect(fake.stats.syncs).toBe(1);
    expect(read.sheet).toBe('Bảng điểm');
    expect(read.grid.originRow).toBe(1);
    expect(read.grid.originCol).toBe(0);
    expect(read.grid.cells[1]![2]).toEqual({ value: 8.5, text: '8,50', kind: 'number' });
    expect(read.grid.cells[2]![1]).toEqual({ value: '=1+1 là chữ', text: '=1+1 là chữ', kind: 'string' });
    expect(read.grid.cells[3]![0]!.kind).toBe('error');
    expect(read.grid.cells[3]![1]!.kind).toBe('boolean');
    expect(read.grid.cells[3]![2]!.kind).toBe('empty');
    expect(read.grid.merges).toEqual([{ row: 2, col: 0, rowCount: 2, colCount: 1 }]);
    expect(read.grid.mergesKnown).toBe(true);
    expect(read.sheets).toEqual(['Bảng điểm', 'Ẩn']);
    expect(read.visibleSheets).toEqual(['Bảng điểm']);
    expect(read.protectedSheets).toEqual(['Ẩn']);
    expect(read.marker).toBeNull();
    expect(read.markerState).toBe('absent');
  });

  it('falls back to the fill-down heuristic when merged areas are not available', async () => {
    const fake = workbook();
    const read = await fake.run((ctx) => readSheet(ctx, 'Bảng điểm', { capabilities: NO_CAPABILITIES }));
    expect(read.grid.mergesKnown).toBe(false);
    expect(read.grid.merges).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
  });

  it('asks the host which API sets it supports when not told', async () => {
    const fake = workbook();
    const handle = installFakeOffice(globalThis, fake, { requirementSets: { ExcelApi: '1.12' } });
    try {
      const read = await fake.run((ctx) => readSheet(ctx));
      expect(read.grid.mergesKnown).toBe(false);
    } finally {
      handle.uninstall();
    }
  });

  it('reads a formula cell by the value Excel computed: the add-in never asks for a recalculation', async () => {
    // Excel calculates every formula it holds, so the used range's values carry the results; only a
    // .xlsx file written by another program can hold a formula without one (the CLI's case).
    const fake = createFakeWorkbook({
      sheets: [
        {
          name: 'Bảng điểm',
          cells: [
            ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm đạt được', 'Cơ quan chủ trì'],
            ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 2, 1.75, 'Sở Nội vụ'],
            ['1.1', 'Thực hiện Kế hoạch CCHC năm', 1.5, 1.5, 'Sở Nội vụ'],
            ['1.2', 'Thực hiện chế độ báo cáo CCHC định kỳ', 0.5, 0.25, 'Sở Nội vụ'],
          ],
          formulas: [[], [null, null, '=SUM(C3:C4)', '=D3+D4']],
        },
      ],
    });
    const read = await fake.run((ctx) => readSheet(ctx, 'Bảng điểm', { capabilities: ALL }));
    expect(read.grid.cells[1]![3]).toMatchObject({ value: 1.75, kind: 'number' });
    expect(read.grid.cells[1]![3]!.formula).toBeUndefined();
    const result = analyze(read.grid, { criteria: 'par-2017' });
    expect(result.ok && result.analysis.findings.filter((f) => f.rule === 'formula-not-calculated' || f.rule === 'subtotal-mismatch')).toEqual([]);
  });

  it('gives an empty grid for an empty sheet', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'Trống', cells: [] }] });
    const read = await fake.run((ctx) => readSheet(ctx, undefined, { capabilities: ALL }));
    expect(read.grid.cells).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
  });

  it('reads the ownership marker and tells a foreign sheet with the marker name apart', async () => {
    const marker = { tool: 'par-scorer', version: 1, tableSheet: 'S', tableColumns: [4], tableRows: { first: 2, last: 9 }, sheets: ['Tổng hợp'] } as const;
    const ours = createFakeWorkbook({
      sheets: [
        { name: 'S', cells: [['a']] },
        { name: MARKER_SHEET, cells: [[serializeMarker(marker)]], visibility: 'VeryHidden' },
      ],
    });
    const read = await ours.run((ctx) => readSheet(ctx, undefined, { capabilities: ALL }));
    expect(read.marker).toEqual(marker);
    expect(read.markerState).toBe('marker');

    const foreign = createFakeWorkbook({ sheets: [{ name: 'S', cells: [['a']] }, { name: MARKER_SHEET, cells: [['ghi chú của tôi']] }] });
    const other = await foreign.run((ctx) => readSheet(ctx, undefined, { capabilities: ALL }));
    expect(other.marker).toBeNull();
    expect(other.markerState).toBe('foreign');
  });

  it('says which sheet is missing', async () => {
    const fake = workbook();
    const failure = await fake.run((ctx) => readSheet(ctx, 'Không có', { capabilities: ALL })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelAdapterError);
    expect(failure).toMatchObject({ messageKey: 'excel.error.sheetNotFound', params: { sheet: 'Không có' } });
  });
});

describe('when the one-request read fails', () => {
  it('reads again without calling methods on objects that may be null', async () => {
    const marker = { tool: 'par-scorer', version: 1, tableSheet: null, tableColumns: [], tableRows: null, sheets: ['X'] } as const;
    const fake = createFakeWorkbook({
      sheets: [
        { name: 'Bảng', cells: [['STT', 'Tiêu chí'], [1, 'a']] },
        { name: MARKER_SHEET, cells: [[serializeMarker(marker)]], visibility: 'VeryHidden' },
      ],
    });
    const read = await fake.run((ctx) => {
      let failed = false;
      // The first request is refused as a host that rejects the marker lookup would.
      const flaky = new Proxy(ctx, {
        get(target, prop) {
          if (prop === 'sync')
            return async () => {
              await target.sync();
              if (!failed) {
                failed = true;
                throw Object.assign(new Error('The object path is not valid.'), { code: 'InvalidObjectPath' });
              }
            };
          return Reflect.get(target, prop) as unknown;
        },
      });
      return readSheet(flaky, 'bảng', { capabilities: ALL });
    });
    expect(read.sheet).toBe('Bảng');
    expect(read.grid.cells[1]![1]!.value).toBe('a');
    // The read by parts asks for merged areas band by band, so they are still known.
    expect(read.grid.mergesKnown).toBe(true);
    expect(read.marker).toEqual(marker);
  });
});

describe('a sheet too large for one response', () => {
  it('is read in bands of rows that each fit the response limit, cell for cell the same', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [String(i + 1), `Tiêu chí ${i + 1}`, i / 4]);
    const spec = { sheets: [{ name: 'Lớn', cells: [['STT', 'Tiêu chí', 'Điểm'], ...rows] }] };
    const whole = await createFakeWorkbook(spec).run((ctx) => readSheet(ctx, undefined, { capabilities: NO_CAPABILITIES }));
    // Excel on the web's limit scaled down, so 51 rows do not fit one response.
    const fake = createFakeWorkbook({ ...spec, maxResponseBytesPerSync: 1500 });
    const banded = await fake.run((ctx) => readSheet(ctx, undefined, { capabilities: NO_CAPABILITIES, responseBudgetBytes: 1200 }));
    expect(banded.grid.cells).toEqual(whole.grid.cells);
    expect(banded.grid.originRow).toBe(whole.grid.originRow);
    // The refused one-request read, then names, the used range and the bands: each answered in full.
    const answered = fake.stats.responseBytesPerSync.filter((_, i) => i > 0);
    expect(fake.stats.failedSyncs).toBe(1);
    expect(Math.max(...answered)).toBeLessThanOrEqual(1500);
    const cellBytes = new TextEncoder().encode(JSON.stringify(whole.grid.cells.map((r) => r.map((c) => c.value)))).length;
    expect(answered.length).toBeGreaterThanOrEqual(2 + Math.ceil(cellBytes / 1500));
  });
});

describe('what the one-request read cannot carry', () => {
  it('reads more than 512 merged areas, each once, with the sheet', async () => {
    // A task table whose criterion cell spans two rows, 600 times (Range.getMergedAreasOrNullObject
    // answers at most 512 areas per call).
    const cells = [['STT', 'Tiêu chí', 'Nhiệm vụ'], ...Array.from({ length: 1200 }, (_, i) => [String(i + 1), i % 2 === 0 ? `Tiêu chí ${i}` : null, `Nhiệm vụ ${i}`])];
    const merges = Array.from({ length: 600 }, (_, i) => `B${2 * i + 2}:B${2 * i + 3}`);
    const fake = createFakeWorkbook({ sheets: [{ name: 'Nhiệm vụ', cells, merges }] });
    const read = await fake.run((ctx) => readSheet(ctx, undefined, { capabilities: ALL }));
    expect(read.grid.mergesKnown).toBe(true);
    expect(read.grid.merges).toHaveLength(600);
    // B1200:B1201, zero-based row 1199.
    expect(read.grid.merges[599]).toEqual({ row: 1199, col: 1, rowCount: 2, colCount: 1 });
    expect(read.grid.cells).toHaveLength(1201);
    expect(read.grid.cells[1200]![2]!.value).toBe('Nhiệm vụ 1199');
  });

  it('still reads the workbook\'s criteria sheet when the table sheet is too big for one response', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [String(i + 1), `Nhiệm vụ cải cách hành chính số ${i + 1}`, 'Sở Nội vụ']);
    const fake = createFakeWorkbook({
      maxResponseBytesPerSync: 20_000,
      sheets: [
        { name: 'Nhiệm vụ', cells: [['STT', 'Nhiệm vụ', 'Chủ trì'], ...rows] },
        { name: CRITERIA_SHEET, cells: [['Mã', 'Tên', 'Điểm tối đa'], ['1', 'Công tác chỉ đạo, điều hành', 9.5]] },
      ],
    });
    const read = await fake.run((ctx) => readSheet(ctx, 'Nhiệm vụ', { capabilities: ALL, responseBudgetBytes: 15_000 }));
    expect(fake.stats.failedSyncs).toBe(1);
    expect(read.grid.cells).toHaveLength(301);
    expect(read.criteriaGrid?.sheet).toBe(CRITERIA_SHEET);
    expect(read.criteriaGrid?.cells[1]!.map((c) => c.value)).toEqual(['1', 'Công tác chỉ đạo, điều hành', 9.5]);
  });
});
