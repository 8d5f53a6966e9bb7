import { execFileSync } from 'child_process';
import { existsSync, readFileSync, rmSync } from 'fs';
import { basename, join } from 'path';
import { parseMarker } from '../../src/domain/plan/marker';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { EXAMPLES, runCli, tempDir } from '../support/cli';
import { parseCsv } from '../support/grid-builder';
import { comparePackages, layout, unzipParts, type Parts } from './compare';

/*
 * The example score table (Kế hoạch Đắk Lắk 2020, Phụ lục I: columns A-F, header on row 6, total on
 * row 110) laid out on its sheet as officers keep it, around the columns the tool writes
 * (scripts/corpus/make-table-layouts.sh). What each scored copy must be is worked out here by hand:
 * the tool's six columns (subtotal, points lost, gap, percent, check, notes) one blank column right
 * of the last column the officer filled between the header and the total row, over rows 6 to 110,
 * and everything else of the sheet as it was.
 */

const DIR = join(__dirname, 'table-layouts');
const PYTHON = '/usr/bin/python3';
const out = tempDir('par-table-layouts-');

interface Expected {
  readonly file: string;
  /** 0-based columns the tool writes. */
  readonly columns: readonly number[];
  readonly why: string;
}

const H_TO_M = [7, 8, 9, 10, 11, 12];
const LAYOUTS: readonly Expected[] = [
  // The signature block under the total row lies in H:M, outside the rows the tool writes (6-110):
  // the columns stay beside the table, and the block, its merges and row heights stay as they are.
  { file: 'signature-block.xlsx', columns: H_TO_M, why: 'signature and title in the tool’s columns' },
  { file: 'signature-raw-rows.xlsx', columns: H_TO_M, why: 'the same with a short <dimension>, spans, grouped and tall rows' },
  { file: 'libreoffice-signature-block.xlsx', columns: H_TO_M, why: 'the same as LibreOffice saves it' },
  // The SIPAS table under the total row (rows 113-119, A:I) is another table: H to M again, and its
  // "Ghi chú", "Nguồn" and dates in H:I stay.
  { file: 'second-table.xlsx', columns: H_TO_M, why: 'a second table under the total row' },
  // The officer's formula in H110 (no saved result) fills column H on the table's rows: J to O.
  { file: 'uncached-formula.xlsx', columns: [9, 10, 11, 12, 13, 14], why: 'a formula without its result in H110' },
  // The Excel table spans A:G (G a calculated column): I to N, and the table part untouched.
  { file: 'excel-table.xlsx', columns: [8, 9, 10, 11, 12, 13], why: 'an Excel table with a calculated column' },
];

/** Excel rows 6-110, 0-based. */
const TABLE_ROWS = { first: 5, last: 109 };

function markerOf(parts: Parts): ReturnType<typeof parseMarker> {
  const xml = Buffer.from(parts[layout(parts).sheets.get(MARKER_SHEET)!]!).toString('utf8');
  const text = /<t[^>]*>([^<]*)<\/t>/.exec(xml)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return parseMarker(text);
}

const scored = new Map<string, Expected>();

describe('the table sheet as officers keep it', () => {
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(LAYOUTS.map((e) => [e.file, e.why, e] as const))('%s (%s): the tool’s columns where expected, nothing of the officer’s touched', async (file, _, expected) => {
    const input = join(DIR, file);
    const output = join(out, file);
    const result = await runCli(['score', input, '-o', output, '--lang', 'en']);
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    const before = unzipParts(readFileSync(input));
    const after = unzipParts(readFileSync(output));
    const marker = markerOf(after)!;
    expect({ columns: marker.tableColumns, rows: marker.tableRows }).toEqual({ columns: expected.columns, rows: TABLE_ROWS });
    const claims = { tableSheet: marker.tableSheet!, tableColumns: marker.tableColumns, sheets: marker.sheets, markerSheet: MARKER_SHEET, tableRows: TABLE_ROWS };
    expect(comparePackages(before, after, claims)).toEqual([]);
    scored.set(output, expected);
  });

  it('reads the signed tables and the one above another table to their total row, finding what the example has', async () => {
    for (const file of ['signature-block.xlsx', 'signature-raw-rows.xlsx', 'libreoffice-signature-block.xlsx', 'second-table.xlsx']) {
      const { stdout } = await runCli(['check', join(DIR, file), '--json', '--lang', 'en']);
      const { findings, table } = JSON.parse(stdout) as { findings: unknown; table: { lastDataRow: number } };
      const example = JSON.parse((await runCli(['check', join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx'), '--json', '--lang', 'en'])).stdout) as { findings: unknown };
      expect({ file, lastDataRow: table.lastDataRow, findings }).toEqual({ file, lastDataRow: 110, findings: example.findings });
    }
  });

  it('opens every scored copy in openpyxl with every original cell unchanged', () => {
    const args = [...scored.entries()].flatMap(([output, e]) => [join(DIR, e.file), output, 'Phụ lục I', e.columns.join(',')]);
    const report = JSON.parse(execFileSync(PYTHON, [join(__dirname, 'openpyxl_check.py'), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })) as Record<string, string[]>;
    for (const output of scored.keys()) expect({ [basename(output)]: report[output] }).toEqual({ [basename(output)]: [] });
    expect(scored.size).toBe(LAYOUTS.length);
  }, 300_000);

  it('opens every scored copy in LibreOffice, which shows area 1’s subtotal in the tool’s first column', () => {
    const outputs = [...scored.keys()];
    const profile = tempDir('par-table-layouts-lo-');
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(out, 'csv'), ...outputs], {
        timeout: 280_000,
        stdio: 'ignore',
      });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    for (const [output, e] of scored) {
      const csv = join(out, 'csv', basename(output).replace(/\.xlsx$/, '.csv'));
      const rows = existsSync(csv) ? parseCsv(readFileSync(csv, 'utf8')) : [];
      // Area 1's criteria 1.1-1.6 add up to the stated 6.5 (row 7); the signer's name stays in K117.
      const signed = e.file.includes('signature');
      expect({ file: e.file, subtotal: Number(rows[6]?.[e.columns[0]!]), k117: signed ? rows[116]?.[10] : null }).toEqual({
        file: e.file,
        subtotal: 6.5,
        k117: signed ? 'Trần Thị Bình' : null,
      });
    }
    expect(scored.size).toBe(LAYOUTS.length);
  }, 300_000);

  it('scores a signed copy again into the same package, part for part', async () => {
    const first = join(out, 'again-1.xlsx');
    const second = join(out, 'again-2.xlsx');
    expect((await runCli(['score', join(DIR, 'signature-block.xlsx'), '-o', first])).stderr).toBe('');
    expect((await runCli(['score', first, '-o', second])).stderr).toBe('');
    const a = unzipParts(readFileSync(first));
    const b = unzipParts(readFileSync(second));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(Object.keys(a).filter((part) => Buffer.compare(Buffer.from(a[part]!), Buffer.from(b[part]!)) !== 0)).toEqual([]);
  });
});
