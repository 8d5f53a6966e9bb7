import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'fs';
import { basename, join } from 'path';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { comparePackages, layout, unzipParts, type Parts, type ToolClaims } from './compare';
import { childrenNamed, parseXml } from './xml-tree';
import { parseMarker } from '../../src/domain/plan/marker';
import { EXAMPLES, runCli, type CliRun, tempDir } from '../support/cli';
import { parseCsv } from '../support/grid-builder';

/*
 * The feature corpus (the openpyxl-, libreoffice- and excel365- files, made by scripts/corpus/make-corpus.sh): each
 * workbook is scored by the CLI, and the scored copy must hold every original part, byte for byte
 * where the tool has nothing to add, and open in LibreOffice and openpyxl.
 */

const CORPUS = __dirname;
const PYTHON = '/usr/bin/python3';
const fixtures = readdirSync(CORPUS).filter((f) => /^(openpyxl|libreoffice|excel365)-.*\.xls[xm]$/.test(f));
const out = tempDir('par-corpus-');

function score(input: string, output: string, ...more: string[]): Promise<CliRun> {
  return runCli(['score', input, '-o', output, ...more]);
}

/** The tool's claims as its marker records them (cell A1 of the marker sheet, an inline string). */
function claimsOf(parts: Record<string, Uint8Array>, markerPart: string): ToolClaims {
  const xml = Buffer.from(parts[markerPart]!).toString('utf8');
  const text = /<t[^>]*>([^<]*)<\/t>/.exec(xml)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const marker = parseMarker(text)!;
  return { tableSheet: marker.tableSheet!, tableColumns: marker.tableColumns, sheets: marker.sheets, markerSheet: MARKER_SHEET };
}

const scored = new Map<string, { output: string; claims: ToolClaims }>();

describe('the feature corpus', () => {
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('has the workbooks the script makes', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });

  it.each(fixtures)('%s: scored with only the tool’s additions', async (fixture) => {
    const input = join(CORPUS, fixture);
    const output = join(out, fixture);
    const result = await score(input, output, '--lang', 'en');
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    const before = unzipParts(readFileSync(input));
    const after = unzipParts(readFileSync(output));
    const { layout } = await import('./compare');
    const markerPart = layout(after).sheets.get(MARKER_SHEET)!;
    const claims = claimsOf(after, markerPart);
    expect(claims.tableColumns.length).toBeGreaterThan(0);
    expect(comparePackages(before, after, claims)).toEqual([]);
    scored.set(fixture, { output, claims });
  });

  it('opens every scored copy in openpyxl with every original cell unchanged', () => {
    const args = [...scored.entries()].flatMap(([fixture, { output, claims }]) => [join(CORPUS, fixture), output, claims.tableSheet, claims.tableColumns.join(',')]);
    const report = JSON.parse(execFileSync(PYTHON, [join(CORPUS, 'openpyxl_check.py'), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })) as Record<string, string[]>;
    for (const { output } of scored.values()) expect({ [basename(output)]: report[output] }).toEqual({ [basename(output)]: [] });
    expect(scored.size).toBe(fixtures.length);
  }, 300_000);

  it('opens every scored copy in LibreOffice, which reads the tool’s cells', () => {
    const outputs = [...scored.values()].map((s) => s.output);
    const profile = tempDir('par-corpus-lo-');
    const convert = (filter: string, folder: string, files: string[]): void => {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', join(out, folder), ...files], {
        timeout: 280_000,
        stdio: 'ignore',
      });
    };
    try {
      convert('ods', 'ods', outputs);
      // CSV of the first sheet (the table in every fixture), UTF-8 (filter token 76). Not for the stray
      // cell at XFD1048576: a CSV spans the whole used range.
      convert('csv:Text - txt - csv (StarCalc):44,34,76,1', 'csv', outputs.filter((o) => !o.includes('far-cells')));
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    for (const output of outputs) {
      const name = basename(output).replace(/\.xls[xm]$/, '');
      expect({ file: name, opened: existsSync(join(out, 'ods', `${name}.ods`)) }).toEqual({ file: name, opened: true });
      if (output.includes('far-cells')) continue;
      const csv = join(out, 'csv', `${name}.csv`);
      const row7 = existsSync(csv) ? (parseCsv(readFileSync(csv, 'utf8'))[6] ?? []) : [];
      // Area 1 of Kế hoạch Đắk Lắk 2020, Phụ lục I: its criteria 1.1-1.6 add up to the stated 6.5
      // (column H, "recomputed"). The CSV holds what the cell shows: its format may add zeros ("6.50").
      expect({ file: name, h7: Number(row7[7]) }).toEqual({ file: name, h7: 6.5 });
    }
    expect(scored.size).toBe(fixtures.length);
  }, 600_000);
});

describe('scoring a corpus workbook again', () => {
  async function twice(fixture: string, check: (first: Parts, second: Parts) => void): Promise<void> {
    const dir = tempDir('par-corpus-rerun-');
    try {
      const first = join(dir, 'first.xlsx');
      const second = join(dir, 'second.xlsx');
      expect((await score(join(CORPUS, fixture), first)).stderr).toBe('');
      expect((await score(first, second)).stderr).toBe('');
      check(unzipParts(readFileSync(first)), unzipParts(readFileSync(second)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it.each(['libreoffice-pivot.xlsx', 'openpyxl-table-sheet-features.xlsx'])(
    '%s: rewrites exactly what the marker says the tool wrote, the second copy equals the first part for part',
    async (fixture) => {
      await twice(fixture, (a, b) => {
        expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
        const differing = Object.keys(a).filter((part) => Buffer.compare(Buffer.from(a[part]!), Buffer.from(b[part]!)) !== 0);
        expect(differing).toEqual([]);
      });
    },
  );

  it('keeps the colour scale the user put on the tool’s first column: only the tool’s own formats are replaced', async () => {
    // openpyxl-table-sheet-features.xlsx: a colour scale over H7:H110 and a "less than 0" fill over
    // A7:M110, both the user's; the tool's check column (L) gets its three "equal to" labels.
    await twice('openpyxl-table-sheet-features.xlsx', (_, b) => {
      const sheet = parseXml(Buffer.from(b[layout(b).sheets.get('Phụ lục I')!]!).toString('utf8'));
      const formats = childrenNamed(sheet, 'conditionalFormatting').map((cf) => ({
        sqref: cf.attrs.sqref,
        rules: childrenNamed(cf, 'cfRule').map((r) => `${r.attrs.type}${r.attrs.operator ? ` ${r.attrs.operator}` : ''}`),
      }));
      expect(formats).toEqual([
        { sqref: 'A7:M110', rules: ['cellIs lessThan'] },
        { sqref: 'H7:H110', rules: ['colorScale'] },
        { sqref: 'L7:L110', rules: ['cellIs equal'] },
        { sqref: 'L7:L110', rules: ['cellIs equal'] },
        { sqref: 'L7:L110', rules: ['cellIs equal'] },
      ]);
    });
  });
});

describe('workbooks the tool refuses to write into, as the add-in does', () => {
  it.each([
    ['refuse-table-sheet-protected.xlsx', 'vi', 'Trang tính "Phụ lục I" trong', 'đang được bảo vệ nên không ghi được'],
    ['refuse-table-sheet-protected.xlsx', 'en', 'Sheet "Phụ lục I" of', 'is protected, so nothing can be written to it'],
    ['refuse-workbook-structure-locked.xlsx', 'vi', 'Cấu trúc sổ tính', 'không thêm hoặc xóa được trang tính'],
    ['refuse-workbook-structure-locked.xlsx', 'en', 'The structure of', 'sheets cannot be added or deleted'],
  ])('%s (%s): exit 2, a message naming the cause, no output', async (fixture, lang, start, cause) => {
    const output = join(out, `refused-${lang}-${fixture}`);
    const result = await score(join(CORPUS, fixture), output, '--lang', lang);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(start);
    expect(result.stderr).toContain(cause);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(output)).toBe(false);
  });

  it('keeps a macro workbook a macro workbook: an .xlsx name for it is refused', async () => {
    const output = join(out, 'macros-as.xlsx');
    const result = await score(join(CORPUS, 'libreoffice-macros.xlsm'), output, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has macros: the output must end in .xlsm');
    expect(existsSync(output)).toBe(false);
  });

  it('does not give a workbook without macros an .xlsm name', async () => {
    const output = join(out, 'plain-as.xlsm');
    const result = await score(join(CORPUS, 'libreoffice-pivot.xlsx'), output, '--lang', 'vi');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('không có macro: tệp kết quả phải có đuôi .xlsx');
    expect(existsSync(output)).toBe(false);
  });
});

describe('workbooks as Excel 365 saves them', () => {
  /*
   * excel365-features.xlsx is the Đắk Lắk example with Excel 365's additions (scripts/corpus/
   * make_excel365.py): a criterion name split into two rich-text runs, another carrying a phonetic
   * reading, the 1904 date system, hidden, very hidden and chart sheets before none of which the table
   * moves; excel365-filter-formulas.xlsx has a filter over the table and its total row as a shared
   * formula with cached values. None of it changes the table's text or numbers, so check reports
   * exactly what it reports on the example, and so it does on LibreOffice's re-save of the first.
   */
  async function report(file: string): Promise<unknown> {
    const { code, stdout } = await runCli(['check', file, '--json', '--lang', 'en']);
    return { code, ...JSON.parse(stdout), file: null };
  }

  it.each(['excel365-features.xlsx', 'excel365-filter-formulas.xlsx', 'libreoffice-excel365-resaved.xlsx', 'iso-strict-phu-luc-i.xlsx'])('%s reads as the example it was made from', async (fixture) => {
    const example = await report(join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx'));
    expect(await report(join(CORPUS, fixture))).toEqual(example);
  });
});

describe('a workbook saved as Strict Open XML', () => {
  /*
   * iso-strict-phu-luc-i.xlsx (make_excel365.py) is the Đắk Lắk example with ISO/IEC 29500 Strict's
   * namespaces and relationship types. The parts the tool adds must be spelled the same way: a
   * package mixing the two is neither Strict nor Transitional.
   */
  const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
  const STRICT_RELS = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

  it('is scored with only the tool’s additions, every part it adds spelled in Strict, and opens in LibreOffice', async () => {
    const dir = tempDir('par-corpus-strict-');
    try {
      const input = join(CORPUS, 'iso-strict-phu-luc-i.xlsx');
      const output = join(dir, 'strict.xlsx');
      const result = await score(input, output, '--lang', 'en');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const before = unzipParts(readFileSync(input));
      const after = unzipParts(readFileSync(output));
      const { sheets } = layout(after);
      expect(comparePackages(before, after, claimsOf(after, sheets.get(MARKER_SHEET)!))).toEqual([]);
      const rels = parseXml(Buffer.from(after['xl/_rels/workbook.xml.rels']!).toString('utf8'));
      expect(childrenNamed(rels, 'Relationship').filter((r) => !r.attrs.Type!.startsWith(STRICT_RELS))).toEqual([]);
      // The example's sheet, the summary, nine agencies and the marker.
      expect(sheets.size).toBe(12);
      for (const part of sheets.values()) expect([part, parseXml(Buffer.from(after[part]!).toString('utf8')).attrs.xmlns]).toEqual([part, STRICT_MAIN]);

      const profile = tempDir('par-corpus-lo-');
      try {
        execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', dir, output], {
          timeout: 120_000,
          stdio: 'ignore',
        });
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      // Area 1's criteria add up to the stated 6.5 (column H, recomputed), as in the example.
      const row7 = parseCsv(readFileSync(join(dir, 'strict.csv'), 'utf8'))[6] ?? [];
      expect(Number(row7[7])).toBe(6.5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
