import { execFile } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { deflateRawSync } from 'zlib';
import { main } from '../../src/cli/main';
import { rawZip, type RawEntry } from '../xlsx/raw-zip';

/*
 * Damaged and extreme packages through every command that opens a workbook (check, score,
 * check-dir): each ends in a clear message in the user's language and exit 2, or is read; none
 * ends in a stack trace, an "unexpected error", an abort or running out of memory.
 */
const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'daklak-2020-phu-luc-i.xlsx');
const SHEET = 'xl/worksheets/sheet1.xml';
const dir = mkdtempSync(join(tmpdir(), 'par-damaged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const original = new Uint8Array(readFileSync(EXAMPLE));
const exampleParts = (): Record<string, Uint8Array> => {
  const parts = unzipSync(original);
  for (const name of Object.keys(parts)) if (name.endsWith('/')) delete parts[name];
  return parts;
};

/** The example's parts, changed, as entries of a raw zip. */
function entries(change: (parts: Record<string, Uint8Array>) => void = () => {}): RawEntry[] {
  const parts = exampleParts();
  change(parts);
  return Object.entries(parts).map(([name, data]) => ({ name, data }));
}

function zipOf(change?: (parts: Record<string, Uint8Array>) => void): Uint8Array {
  return rawZip(entries(change));
}

function withEntry(name: string, replace: (e: RawEntry) => RawEntry | RawEntry[]): Uint8Array {
  return rawZip(entries().flatMap((e) => (e.name === name ? replace(e) : [e])));
}

const sheetXml = (): string => strFromU8(exampleParts()[SHEET]!);
const withSheet = (change: (xml: string) => string): Uint8Array => zipOf((p) => (p[SHEET] = strToU8(change(sheetXml()))));

function columnName(n: number): string {
  let s = '';
  for (let m = n + 1; m > 0; m = Math.floor((m - 1) / 26)) s = String.fromCharCode(65 + ((m - 1) % 26)) + s;
  return s;
}

/** A row under the table with a number in every one of the sheet's 16,384 columns. */
function fullWidthRow(): string {
  const cells = Array.from({ length: 16384 }, (_, i) => `<c r="${columnName(i)}120"><v>${i}</v></c>`).join('');
  return `<row r="120" spans="1:16384">${cells}</row>`;
}

/** Deflated whitespace: a few hundred kilobytes that inflate to `megabytes` MB. */
function deflatedSpaces(prefix: string, megabytes: number, suffix: string): { data: Uint8Array; compressed: Uint8Array; size: number } {
  const chunk = Buffer.alloc(1 << 20, 0x20);
  const all = Buffer.concat([Buffer.from(prefix), ...Array.from({ length: megabytes }, () => chunk), Buffer.from(suffix)]);
  return { data: all, compressed: deflateRawSync(all, { level: 1 }), size: all.length };
}

/** 'written-refused': check reads what it needs, but score cannot write a valid package from it. */
type Expect = 'refused' | 'read' | 'write-refused';
const cases: [string, () => Uint8Array, Expect][] = [
  ['truncated to half', () => original.subarray(0, original.length >> 1), 'refused'],
  ['truncated by one byte', () => original.subarray(0, original.length - 1), 'refused'],
  ['empty file', () => new Uint8Array(0), 'refused'],
  ['not a zip', () => strToU8('<html>not a workbook</html>'), 'refused'],
  ['bytes flipped in the sheet data', () => {
    const bytes = zipOf();
    for (let i = 200; i < 400; i += 7) bytes[i] = bytes[i]! ^ 0xff;
    return bytes;
  }, 'refused'],
  ['a wrong CRC on the sheet, its bytes intact', () => withEntry(SHEET, (e) => ({ ...e, crc: 0x12345678 })), 'refused'],
  ['no workbook part', () => zipOf((p) => delete p['xl/workbook.xml']), 'refused'],
  ['no workbook relationships', () => zipOf((p) => delete p['xl/_rels/workbook.xml.rels']), 'refused'],
  ['no package relationships', () => zipOf((p) => delete p['_rels/.rels']), 'write-refused'],
  ['no table sheet part', () => zipOf((p) => delete p[SHEET]), 'refused'],
  ['no shared strings part', () => zipOf((p) => delete p['xl/sharedStrings.xml']), 'refused'],
  ['no styles part', () => zipOf((p) => delete p['xl/styles.xml']), 'refused'],
  ['no content types part', () => zipOf((p) => delete p['[Content_Types].xml']), 'write-refused'],
  ['malformed workbook XML', () => zipOf((p) => (p['xl/workbook.xml'] = strToU8('<workbook><sheets><sheet name="x"'))), 'refused'],
  ['malformed relationships', () => zipOf((p) => (p['xl/_rels/workbook.xml.rels'] = strToU8('<Relationships><Relationship Id="rId4"</Relationships>'))), 'refused'],
  ['malformed styles', () => zipOf((p) => (p['xl/styles.xml'] = strToU8('<styleSheet><cellXfs><xf></cellXfs>'))), 'refused'],
  ['malformed content types', () => zipOf((p) => (p['[Content_Types].xml'] = strToU8('<Types><Default'))), 'write-refused'],
  ['malformed sheet XML', () => withSheet((xml) => xml.replace('</sheetData>', '<row r="999"><c r="A999"><v>1</c></row></sheetData>')), 'refused'],
  ['a 0-byte workbook part', () => zipOf((p) => (p['xl/workbook.xml'] = new Uint8Array(0))), 'refused'],
  ['a 0-byte sheet part', () => zipOf((p) => (p[SHEET] = new Uint8Array(0))), 'refused'],
  ['a 0-byte shared strings part', () => zipOf((p) => (p['xl/sharedStrings.xml'] = new Uint8Array(0))), 'refused'],
  ['a 0-byte theme part', () => zipOf((p) => (p['xl/theme/theme1.xml'] = new Uint8Array(0))), 'read'],
  ['two entries named like the sheet', () => withEntry(SHEET, (e) => [e, { ...e, data: strToU8(sheetXml().replace(/<sheetData>.*<\/sheetData>/s, '<sheetData/>')) }]), 'refused'],
  ['two entries differing only in case', () => withEntry('xl/workbook.xml', (e) => [e, { ...e, name: 'XL/Workbook.xml' }]), 'refused'],
  ['a part claiming 4 GB', () => withEntry(SHEET, (e) => ({ ...e, claimedSize: 0xfffffffe })), 'refused'],
  ['a part claiming fewer bytes than it inflates to', () => withEntry('xl/sharedStrings.xml', (e) => ({ ...e, claimedSize: 10 })), 'refused'],
  ['an unknown compression method', () => withEntry(SHEET, (e) => ({ ...e, method: 0, compressed: deflateRawSync(e.data), crc: undefined, data: e.data, name: e.name })), 'refused'],
  ['a cell at XFD1048576', () => withSheet((xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>').replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ô lạc</t></is></c></row></sheetData>')), 'read'],
  ['a row across all 16,384 columns', () => withSheet((xml) => xml.replace('</sheetData>', `${fullWidthRow()}</sheetData>`)), 'write-refused'],
  ['a cell beyond the last column (XFE)', () => withSheet((xml) => xml.replace('</sheetData>', '<row r="121"><c r="XFE121"><v>1</v></c></row></sheetData>')), 'refused'],
];

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function expectClean(result: { code: number; stderr: string }, lang: 'vi' | 'en'): void {
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).not.toMatch(/Lỗi không mong đợi|Unexpected error|heap|Aborted/i);
  if (result.code === 2) expect(result.stderr).toMatch(lang === 'vi' ? /^Lỗi: / : /^Error: /);
  else expect([0, 1]).toContain(result.code);
}

describe.each(cases)('%s', (label, make, expected) => {
  const file = join(dir, `${label.replace(/[^a-z0-9]+/gi, '-')}.xlsx`);
  beforeAll(() => writeFileSync(file, make()));

  it(`check (${expected})`, async () => {
    const result = await run(['check', file, '--lang', 'en']);
    expectClean(result, 'en');
    if (expected === 'refused') expect(result.code).toBe(2);
    else expect([0, 1]).toContain(result.code);
  });

  it(`score (${expected}), writing nothing when refused`, async () => {
    const output = `${file}.scored.xlsx`;
    const result = await run(['score', file, '-o', output]);
    expectClean(result, 'vi');
    if (expected !== 'read') {
      expect(result.code).toBe(2);
      expect(existsSync(output)).toBe(false);
    } else {
      expect([0, 1]).toContain(result.code);
      const check = await run(['check', output, '--lang', 'en']);
      expectClean(check, 'en');
      expect([0, 1]).toContain(check.code);
    }
  });
});

describe('check-dir over a folder of damaged packages', () => {
  it('names each broken file, reports the good one, and finishes', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, '00-good.xlsx'), original);
    cases.forEach(([, make], i) => writeFileSync(join(folder, `case-${String(i).padStart(2, '0')}.xlsx`), make()));
    const result = await run(['check-dir', folder, '--lang', 'en', '--json']);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toMatch(/Unexpected error/i);
    expect([0, 1]).toContain(result.code);
    const report = JSON.parse(result.stdout) as { files: { file: string; ok: boolean; sheet: string | null; failure?: { reason: string; message: string } }[] };
    const failures = report.files.filter((f) => f.failure).map((f) => ({ file: f.file, ...f.failure! }));
    expect(failures.filter((f) => f.reason === 'unexpected')).toEqual([]);
    const refused = cases.flatMap(([, , expected], i) => (expected === 'refused' ? [`case-${String(i).padStart(2, '0')}.xlsx`] : []));
    expect(failures.map((f) => f.file).sort()).toEqual(refused.sort());
    for (const f of failures) expect(f.message).toMatch(/^not a readable Excel \.xlsx workbook/);
    expect(report.files.find((f) => f.file === '00-good.xlsx')).toMatchObject({ ok: true, sheet: 'Phụ lục I' });
  }, 120_000);
});

/*
 * Memory: the CLI in a child process whose V8 heap is bounded, as an officer's small machine would
 * bound it. Running out of memory there is an abort (exit 134 or a signal), which the test tells
 * apart from the clean exits 0-2.
 */
function cli(argv: string[], heapMb: number): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const script = `
    const { main } = require(${JSON.stringify(join(ROOT, 'src', 'cli', 'main.ts'))});
    main(${JSON.stringify(argv)}, { stdout: () => {}, stderr: (s) => process.stderr.write(s) }).then((c) => { process.exitCode = c; });`;
  return new Promise((resolve) => {
    execFile(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', '-e', script], { cwd: ROOT, timeout: 170_000, maxBuffer: 16 << 20 }, (err, _stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string; signal?: string }) | null;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, signal: e?.signal ?? null, stderr });
    });
  });
}

describe('in a child process with a 192 MB heap', () => {
  const HEAP = 192;
  const bombs: [string, () => Uint8Array][] = [
    ['a cell at XFD1048576', () => cases.find(([l]) => l === 'a cell at XFD1048576')![1]()],
    ['a row across all 16,384 columns', () => cases.find(([l]) => l === 'a row across all 16,384 columns')![1]()],
    ['a sheet that inflates to 600 MB (a zip bomb by ratio, its size told)', () => {
      const xml = sheetXml();
      const bomb = deflatedSpaces(xml.replace('</worksheet>', ''), 600, '</worksheet>');
      return withEntry(SHEET, (e) => ({ ...e, data: bomb.data, compressed: bomb.compressed, claimedSize: bomb.size }));
    }],
    ['shared strings that inflate to 600 MB while claiming 4 kB', () => {
      const sst = strFromU8(exampleParts()['xl/sharedStrings.xml']!);
      const bomb = deflatedSpaces(sst.replace('</sst>', ''), 600, '</sst>');
      return withEntry('xl/sharedStrings.xml', (e) => ({ ...e, data: bomb.data, compressed: bomb.compressed, claimedSize: 4096 }));
    }],
  ];

  it.each(bombs)('%s: check, score and check-dir end without an abort', async (label, make) => {
    const folder = join(dir, `heap-${label.replace(/[^a-z0-9]+/gi, '-')}`);
    mkdirSync(folder);
    const file = join(folder, 'in.xlsx');
    writeFileSync(file, make());
    for (const argv of [['check', file], ['score', file, '-o', join(dir, `${label.length}.out.xlsx`)], ['check-dir', folder]]) {
      const result = await cli(argv, HEAP);
      expect({ argv: argv[0], signal: result.signal, oom: /heap out of memory|Aborted/i.test(result.stderr) }).toEqual({ argv: argv[0], signal: null, oom: false });
      expect({ argv: argv[0], code: [0, 1, 2].includes(result.code ?? -1), trace: /\n\s+at /.test(result.stderr) }).toEqual({ argv: argv[0], code: true, trace: false });
    }
  }, 600_000);
});

describe('a table that reaches the sheet’s last column', () => {
  it.each([
    ['vi', 'bảng trên trang tính "Phụ lục I" kéo tới cột cuối cùng (XFD6), không còn cột trống bên phải để ghi kết quả'],
    ['en', 'the table on sheet "Phụ lục I" reaches the last column (XFD6): there is no free column to its right for the results'],
  ])('score (%s) says there is no room for the tool’s columns, and writes nothing', async (lang, message) => {
    const file = join(dir, `full-width-${lang}.xlsx`);
    writeFileSync(file, withSheet((xml) => xml.replace('</sheetData>', `${fullWidthRow()}</sheetData>`)));
    const output = `${file}.scored.xlsx`;
    const result = await run(['score', file, '-o', output, '--lang', lang]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(output)).toBe(false);
  });
});
