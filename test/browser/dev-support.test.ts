import ExcelJS from 'exceljs';
import { get } from 'http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { selectedCell, viewSheets } from '../../src/dev/snapshot-view';
import { resolveInside, serveStatic } from '../../src/dev/static-server';
import { plainValue, readExampleSpec, workbookSpec } from '../../src/dev/xlsx-to-spec';

function fetchText(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    }).on('error', reject);
  });
}

describe('xlsx-to-spec', () => {
  it('keeps values as Excel reports them: formula results, rich text, merged areas in their top-left cell', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục I');
    ws.getCell('A1').value = 'Tiêu đề';
    ws.mergeCells('A1:C1');
    ws.getCell('A2').value = 1.5;
    ws.getCell('B2').value = { richText: [{ text: 'Sở ' }, { text: 'Nội vụ' }] };
    ws.getCell('C2').value = { formula: 'A2*2', result: 3 };
    ws.getCell('C2').numFmt = '0.00';
    wb.addWorksheet('Ẩn', { state: 'veryHidden' });
    const spec = workbookSpec(wb, 'x.xlsx');
    expect(spec.sheets[0]).toEqual({
      name: 'Phụ lục I',
      cells: [
        ['Tiêu đề', null, null],
        [1.5, 'Sở Nội vụ', 3],
      ],
      formulas: [
        [null, null, null],
        [null, null, '=A2*2'],
      ],
      numberFormats: [
        [null, null, null],
        [null, null, '0.00'],
      ],
      merges: ['A1:C1'],
      visibility: 'Visible',
    });
    expect(spec.sheets[1]?.visibility).toBe('VeryHidden');
    expect(spec.activeSheet).toBe('Phụ lục I');
  });

  it('turns dates into Excel serial numbers and errors into their text', () => {
    expect(plainValue(new Date(Date.UTC(2020, 0, 1)))).toBe(43831);
    expect(plainValue({ error: '#REF!' } as ExcelJS.CellValue)).toBe('#REF!');
    expect(plainValue({ text: 'link', hyperlink: 'https://example.org' })).toBe('link');
  });

  it('reads the Đắk Lắk example the playground and browser tests load', async () => {
    const spec = await readExampleSpec(path.join(__dirname, '..', '..', 'examples', 'daklak-2020-phu-luc-i.xlsx'));
    expect(spec.name).toBe('daklak-2020-phu-luc-i.xlsx');
    const sheet = spec.sheets[0]!;
    const codes = sheet.cells.map((row) => row[0]).filter((v) => typeof v === 'string' && /^\d+\.\d+$/.test(v));
    expect(codes.length).toBeGreaterThan(30);
    expect(new Set(sheet.cells.map((r) => r.length)).size).toBe(1);
  });
});

describe('snapshot-view', () => {
  it('reads sheets listed or keyed by name, with merged areas', () => {
    const listed = viewSheets({ sheets: [{ name: 'A', values: [['x', null], [1, 2]], merges: ['A1:B1'], visibility: 'Visible' }] });
    expect(listed[0]?.spans.get('0:0')).toEqual({ rows: 1, cols: 2 });
    expect([...listed[0]!.covered]).toEqual(['0:1']);
    const keyed = viewSheets({ B: { cells: [[true]], visibility: 'VeryHidden' } });
    expect(keyed.map((s) => [s.name, s.visibility, s.values])).toEqual([['B', 'VeryHidden', [[true]]]]);
    expect(viewSheets(null)).toEqual([]);
  });

  it('finds the selected cell in any address form', () => {
    expect(selectedCell("'Phụ lục I'!$C$7")).toEqual({ row: 6, col: 2 });
    expect(selectedCell('B2:C3')).toEqual({ row: 1, col: 1 });
    expect(selectedCell('nonsense')).toBeNull();
  });
});

describe('static-server', () => {
  it('never resolves a path outside the served folder', () => {
    expect(resolveInside('/srv/web', '/taskpane.html')).toBe(path.resolve('/srv/web/taskpane.html'));
    expect(resolveInside('/srv/web', '/')).toBe(path.resolve('/srv/web/index.html'));
    expect(resolveInside('/srv/web', '/../secret')).toBe(path.resolve('/srv/web/secret'));
    expect(resolveInside('/srv/web', '/%2e%2e/%2e%2e/etc/passwd')).toBe(path.resolve('/srv/web/etc/passwd'));
    expect(resolveInside('/srv/web', '/%E0%A4%A')).toBeNull();
  });

  it('serves files with their content type on 127.0.0.1 and answers 404 otherwise', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'par-static-'));
    mkdirSync(path.join(root, 'a'));
    writeFileSync(path.join(root, 'a', 'x.js'), 'var ok = 1;');
    const server = await serveStatic(root);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      await expect(fetchText(`${server.url}a/x.js`)).resolves.toEqual({ status: 200, type: 'text/javascript; charset=utf-8', body: 'var ok = 1;' });
      await expect(fetchText(`${server.url}missing.html`)).resolves.toMatchObject({ status: 404 });
    } finally {
      await server.close();
    }
  });
});
