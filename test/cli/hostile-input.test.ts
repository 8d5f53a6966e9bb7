import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runCli, type CliRun, EXAMPLES, tempDir } from '../support/cli';

/*
 * Damaged, hostile and merely unusual packages: every one ends in a clear message and exit 2, or is
 * read; none ends in a stack trace, an "unexpected error" or an abort.
 */
const EXAMPLE = join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx');
const SHEET = 'xl/worksheets/sheet1.xml';
const dir = tempDir('par-hostile-');

async function check(bytes: Uint8Array, ...more: string[]): Promise<CliRun> {
  const file = join(dir, `t-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, bytes);
  const { code, stdout, stderr } = await runCli(['check', file, ...more]);
  return { code, stdout, stderr: stderr.split(file).join('FILE') };
}

function expectClean(run: { code: number; stderr: string }): void {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toContain('Lỗi không mong đợi');
  if (run.code === 2) expect(run.stderr).toMatch(/^Lỗi: /);
  else expect([0, 1]).toContain(run.code);
}

function withParts(change: (parts: Record<string, Uint8Array>) => void): Uint8Array {
  const parts = unzipSync(readFileSync(EXAMPLE));
  change(parts);
  return zipSync(parts);
}

function withSheetXml(change: (xml: string) => string): Uint8Array {
  return withParts((parts) => {
    parts[SHEET] = strToU8(change(strFromU8(parts[SHEET]!)));
  });
}

describe('check on damaged packages', () => {
  const original = new Uint8Array(readFileSync(EXAMPLE));

  it('says a truncated file is not a readable workbook, at any length', async () => {
    for (const length of [4, 100, Math.floor(original.length / 2), original.length - 30, original.length - 1]) {
      const run = await check(original.subarray(0, length));
      expectClean(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('Lỗi: FILE không phải là sổ tính Excel .xlsx đọc được.\n');
    }
  });

  it('names the part whose XML is not well-formed', async () => {
    const cut = withSheetXml((xml) => xml.slice(0, xml.length / 2));
    const garbage = withParts((parts) => (parts['xl/sharedStrings.xml'] = strToU8('<sst><si><t>a</si></sst>')));
    const dtd = withSheetXml((xml) => xml.replace('<worksheet', '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet'));
    for (const [bytes, part] of [
      [cut, SHEET],
      [garbage, 'xl/sharedStrings.xml'],
      [dtd, SHEET],
    ] as const) {
      const run = await check(bytes);
      expectClean(run);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`Lỗi: FILE không phải là sổ tính Excel .xlsx đọc được: phần ${part} không phải là XML hợp lệ.\n`);
    }
  });

  it('names a missing workbook part, in English too', async () => {
    const bytes = withParts((parts) => delete parts['xl/workbook.xml']);
    const run = await check(bytes, '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Error: FILE is not a readable Excel .xlsx workbook: part xl/workbook.xml is missing.\n');
  });

  it('survives random damage to the compressed bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 30, max: original.length - 1 }), fc.integer({ min: 0, max: 255 }), async (at, byte) => {
        const bytes = new Uint8Array(original);
        bytes[at] = byte;
        expectClean(await check(bytes));
      }),
      { numRuns: 60, seed: 12 },
    );
  });

  it('survives random damage to the sheet XML', async () => {
    const xml = strFromU8(unzipSync(new Uint8Array(original))[SHEET]!);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: xml.length - 1 }), fc.integer({ min: 0, max: 200 }), fc.string({ maxLength: 12 }), async (at, cut, text) => {
        expectClean(await check(withSheetXml(() => xml.slice(0, at) + text + xml.slice(at + cut))));
      }),
      { numRuns: 40, seed: 12 },
    );
  });
});

describe('check on sheets that claim more than they hold', () => {
  it('reads the table as before with a stray value at XFD1048576 and a used range of the whole sheet', async () => {
    const plain = await check(new Uint8Array(readFileSync(EXAMPLE)), '--json');
    const stray = withSheetXml((xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
        .replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ô lạc</t></is></c></row></sheetData>'),
    );
    const run = await check(stray, '--json');
    expectClean(run);
    expect(run.code).toBe(plain.code);
    const strip = (text: string) => ({ ...JSON.parse(text), file: null });
    expect(strip(run.stdout)).toEqual(strip(plain.stdout));
  });

  it('reads a sheet whose last row is the sheet\'s last, below the table', async () => {
    const far = withSheetXml((xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>ghi chú</t></is></c></row></sheetData>'));
    const run = await check(far);
    expectClean(run);
    expect(run.code).not.toBe(2);
  });
});
