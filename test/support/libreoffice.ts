/**
 * LibreOffice as an independent judge of the workbooks the tool writes: each file is stripped of
 * its cached formula results, recalculated by a headless LibreOffice running in a given locale,
 * and read back with openpyxl (Debian's /usr/bin/python3), a reader neither written by us nor by
 * the library that wrote the file.
 *
 * One soffice process converts every file of a call: starting LibreOffice costs seconds, a file
 * a fraction of one. Each call gets its own profile directory, so concurrent runs never collide.
 */
import { execFile } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { promisify } from 'util';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const run = promisify(execFile);

export type CalcLocale = 'en-US' | 'vi-VN';

export type CellValue = string | number | boolean | null;

/** One sheet of a recalculated file: every non-empty cell, by A1 address. */
export interface JudgedSheet {
  readonly name: string;
  /** "veryHidden", "hidden" or "visible". */
  readonly state: string;
  /** The value LibreOffice computed (an error as its text, "#VALUE!"). */
  readonly values: Readonly<Record<string, CellValue>>;
  /** The formula the file held (with "="), by address, formula cells only. */
  readonly formulas: Readonly<Record<string, string>>;
  /** The cached result the file held before it was stripped, formula cells only. */
  readonly cached: Readonly<Record<string, CellValue>>;
}

export interface JudgedWorkbook {
  readonly file: string;
  readonly sheets: readonly JudgedSheet[];
}

export const ERROR_VALUES: ReadonlySet<string> = new Set(['#VALUE!', '#REF!', '#NAME?', '#DIV/0!', '#N/A', '#NUM!', '#NULL!', 'Err:502', 'Err:504', 'Err:508']);

export function isErrorValue(value: CellValue): boolean {
  return typeof value === 'string' && ERROR_VALUES.has(value);
}

/**
 * The profile's settings: the locale (what a user of that locale runs LibreOffice in, decimal
 * separator included), and recalculation of every formula when an .xlsx is loaded (the default
 * trusts cached results, which would judge nothing).
 */
function registry(locale: CalcLocale): string {
  const item = (path: string, name: string, value: string): string =>
    `<item oor:path="${path}"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    item('/org.openoffice.Setup/L10N', 'ooSetupSystemLocale', locale),
    item('/org.openoffice.Setup/L10N', 'ooLocale', 'en-US'),
    item('/org.openoffice.Office.Calc/Formula/Load', 'OOXMLRecalcMode', '0'),
    item('/org.openoffice.Office.Calc/Formula/Load', 'ODFRecalcMode', '0'),
    '</oor:items>',
  ].join('\n');
}

/** A formula cell's cached result: <v> inside a <c> that has an <f>. */
const CACHED_RESULT = /(<c\b[^>]*>)((?:<f\b[^>]*\/>|<f\b[^>]*>[\s\S]*?<\/f>))<v>[\s\S]*?<\/v>/g;

/** The file with every cached formula result removed and a full calculation asked for on load. */
export function stripCachedResults(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  for (const [name, data] of Object.entries(files)) {
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      // A string result's cell type ("str", "e", "b") would describe a value that is gone.
      const xml = strFromU8(data).replace(CACHED_RESULT, (_m, open: string, formula: string) => `${open.replace(/\s+t="[^"]*"/, '')}${formula}`);
      files[name] = strToU8(xml);
    } else if (name === 'xl/workbook.xml') {
      let xml = strFromU8(data);
      xml = /<calcPr\b/.test(xml)
        ? xml.replace(/<calcPr\b([^>]*?)(\/?)>/, (_m, attrs: string, slash: string) => `<calcPr${attrs.replace(/\s+fullCalcOnLoad="[^"]*"/, '')} fullCalcOnLoad="1"${slash}>`)
        : xml.replace(/<\/workbook>/, '<calcPr fullCalcOnLoad="1"/></workbook>');
      files[name] = strToU8(xml);
    }
  }
  return zipSync(files);
}

const READER = String.raw`
import json, sys, openpyxl
out = []
for original, recalculated in json.load(sys.stdin):
    formulas = openpyxl.load_workbook(original, data_only=False)
    cached = openpyxl.load_workbook(original, data_only=True)
    values = openpyxl.load_workbook(recalculated, data_only=True)
    sheets = []
    for ws in values.worksheets:
        vals, forms, cache = {}, {}, {}
        fws = formulas[ws.title] if ws.title in formulas.sheetnames else None
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    vals[c.coordinate] = c.value if isinstance(c.value, (str, int, float, bool)) else str(c.value)
        if fws is not None:
            for row in fws.iter_rows():
                for c in row:
                    f = c.value
                    if hasattr(f, 'text'):
                        f = f.text
                    if isinstance(f, str) and f.startswith('='):
                        forms[c.coordinate] = f
                        v = cached[ws.title][c.coordinate].value
                        cache[c.coordinate] = v if isinstance(v, (str, int, float, bool)) or v is None else str(v)
        sheets.append({'name': ws.title, 'state': ws.sheet_state, 'values': vals, 'formulas': forms, 'cached': cache})
    out.append({'file': original, 'sheets': sheets})
json.dump(out, sys.stdout)
`;

async function readBack(pairs: readonly (readonly [string, string])[]): Promise<JudgedWorkbook[]> {
  const child = execFile('/usr/bin/python3', ['-c', READER], { maxBuffer: 512 * 1024 * 1024 });
  const output = new Promise<string>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`openpyxl reader failed (${code}): ${stderr}`))));
  });
  child.stdin!.end(JSON.stringify(pairs));
  return JSON.parse(await output) as JudgedWorkbook[];
}

/**
 * Every file recalculated by LibreOffice in `locale`, in the order given. `file` in each result
 * is the path passed in; formulas and cached results are those of that file as it was.
 */
export async function recalculate(files: readonly string[], locale: CalcLocale): Promise<JudgedWorkbook[]> {
  const base = mkdtempSync(join(tmpdir(), `par-lo-${locale}-`));
  const profile = join(base, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), registry(locale));
  const inDir = join(base, 'in');
  const outDir = join(base, 'out');
  mkdirSync(inDir);
  mkdirSync(outDir);
  // Numbered names: two inputs may share a base name.
  const inputs = files.map((file, i) => {
    const path = join(inDir, `book${i}.xlsx`);
    writeFileSync(path, stripCachedResults(readFileSync(file)));
    return path;
  });
  await run(
    'soffice',
    ['--headless', '--norestore', '--nologo', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'xlsx', '--outdir', outDir, ...inputs],
    { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
  );
  const judged = await readBack(files.map((file, i) => [file, join(outDir, `book${i}.xlsx`)] as const));
  return judged;
}

/** A recalculated number equals an expected one to 4 decimals (the engine's precision). */
export function sameTo4Decimals(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.00005 || Math.round(a * 1e4) === Math.round(b * 1e4);
}
