import { createFakeWorkbook, installFakeOffice } from '../fakes';
import { readSheet } from '../../src/excel/read';
import { NO_CAPABILITIES, type Capabilities } from '../../src/excel/capabilities';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { serializeMarker } from '../../src/domain/plan/marker';
import { ExcelAdapterError } from '../../src/excel/errors';

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
    expect(read.grid.mergesKnown).toBe(false);
    expect(read.marker).toEqual(marker);
  });
});

describe('a sheet too large for one response', () => {
  it('is read in bands of rows on the cautious path, cell for cell the same', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [String(i + 1), `Tiêu chí ${i + 1}`, i / 4]);
    const spec = { sheets: [{ name: 'Lớn', cells: [['STT', 'Tiêu chí', 'Điểm'], ...rows] }] };
    const whole = await createFakeWorkbook(spec).run((ctx) => readSheet(ctx, undefined, { capabilities: NO_CAPABILITIES }));
    const fake = createFakeWorkbook(spec);
    const banded = await fake.run((ctx) => {
      let failed = false;
      const flaky = new Proxy(ctx, {
        get(target, prop) {
          if (prop === 'sync')
            return async () => {
              await target.sync();
              if (!failed) {
                failed = true;
                throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
              }
            };
          return Reflect.get(target, prop) as unknown;
        },
      });
      return readSheet(flaky, undefined, { capabilities: NO_CAPABILITIES, cellsPerRequest: 30 });
    });
    expect(banded.grid.cells).toEqual(whole.grid.cells);
    expect(banded.grid.originRow).toBe(whole.grid.originRow);
    // The failed request, names, the used range, then 51 rows of 3 cells in bands of 10 rows.
    expect(fake.stats.syncs).toBe(1 + 2 + 6);
  });
});
