import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8 } from 'fflate';
import { markerCells, serializeMarker } from '../../src/domain/plan/marker';
import type { OwnershipMarker } from '../../src/domain/plan/types';
import { readMarker } from '../../src/xlsx/read';
import { unzipParts, type Parts } from '../corpus/compare';
import { canonical, childrenNamed, localName, parseXml, type XmlNode } from '../corpus/xml-tree';
import { loadWorkbook, runCli, tempDir } from '../support/cli';

/*
 * An officer scores the table, then renames its sheet in LibreOffice (which also rewrites the
 * formulas of the tool's sheets to the new name) and scores that copy again. The fixtures
 * (scripts/corpus/make-renamed.sh) are one scored copy saved by LibreOffice twice: with the table
 * sheet renamed, and with no rename, so both re-runs start from the same rewrite of the package.
 */
const DIR = join(__dirname, '..', 'corpus', 'renamed');
const RENAMED = join(DIR, 'phu-luc-i-scored-renamed.xlsx');
const RESAVED = join(DIR, 'phu-luc-i-scored-resaved.xlsx');
const OLD = 'Phụ lục I';
const NEW = 'Bảng điểm 2020';
/** H..M, as the first run wrote them. */
const TOOL_COLUMNS = [7, 8, 9, 10, 11, 12];

async function score(input: string, output: string, ...extra: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['score', input, '-o', output, ...extra]);
}

async function markerOf(file: string): Promise<OwnershipMarker> {
  return readMarker(await loadWorkbook(file))!;
}

/** The text of every shared string (ECMA-376 Part 1, 18.4.8 si), by index. */
function sharedStrings(parts: Parts): string[] {
  const part = parts['xl/sharedStrings.xml'];
  if (!part) return [];
  const text = (node: XmlNode): string => (localName(node) === 't' ? node.text : node.children.map(text).join(''));
  return childrenNamed(parseXml(strFromU8(part)), 'si').map(text);
}

/**
 * A cell holding a shared string (18.3.1.4 c, t="s") read as its text: the writer shares a text the
 * table already holds and writes a new one in place, and a text naming the table sheet is found
 * shared in one package and new in the other.
 */
function withStringsResolved(node: XmlNode, strings: readonly string[]): XmlNode {
  if (localName(node) === 'c' && node.attrs.t === 's') {
    const index = Number(childrenNamed(node, 'v')[0]?.text);
    const { t: _type, ...attrs } = node.attrs;
    return { name: node.name, attrs, children: [{ name: 'string', attrs: {}, children: [], text: strings[index]! }], text: '' };
  }
  if (localName(node) === 'c' && node.attrs.t === 'inlineStr') {
    const { t: _type, ...attrs } = node.attrs;
    const text = (n: XmlNode): string => (localName(n) === 't' ? n.text : n.children.map(text).join(''));
    return { name: node.name, attrs, children: [{ name: 'string', attrs: {}, children: [], text: text(node) }], text: '' };
  }
  return { ...node, children: node.children.map((c) => withStringsResolved(c, strings)) };
}

/**
 * Every part's comparable form: XML canonically, cells' strings read as text (the shared string
 * table itself left out), the new name read as the old and the marker's text as a placeholder;
 * any other part by its bytes.
 */
function comparable(parts: Parts, marker: OwnershipMarker, rename: (text: string) => string): Map<string, string> {
  const pieces = markerCells(serializeMarker(marker));
  const strings = sharedStrings(parts);
  const out = new Map<string, string>();
  for (const [name, bytes] of Object.entries(parts)) {
    if (name === 'xl/sharedStrings.xml') continue;
    if (!/\.(xml|rels)$/.test(name)) {
      out.set(name, Buffer.from(bytes).toString('base64'));
      continue;
    }
    let text = canonical(withStringsResolved(parseXml(strFromU8(bytes)), strings));
    for (const piece of pieces) text = text.split(piece).join('<marker>');
    out.set(name, rename(text));
  }
  return out;
}

/**
 * The marker with the table sheet called by its old name; the fingerprints of the tool's sheets
 * counted, not compared: they hash formulas that name the table sheet.
 */
function shape(marker: OwnershipMarker, rename: (text: string) => string): unknown {
  return {
    ...marker,
    tableSheet: marker.tableSheet && rename(marker.tableSheet),
    written: marker.written?.map((w) => ({ sheet: rename(w.sheet), row: w.row, col: w.col, prints: w.sheet === marker.tableSheet ? w.prints : w.prints.length })),
  };
}

describe('a table sheet renamed between two runs', () => {
  const dir = tempDir('par-renamed-');
  const renamedRun = join(dir, 'renamed-run.xlsx');
  const resavedRun = join(dir, 'resaved-run.xlsx');
  let renamedOut: Awaited<ReturnType<typeof score>>;

  beforeAll(async () => {
    renamedOut = await score(RENAMED, renamedRun);
    expect((await score(RESAVED, resavedRun)).code).toBe(0);
  });

  it('is scored in the same columns H..M, with no second set and no user edits reported', async () => {
    expect(renamedOut.stderr).toBe('');
    expect(renamedOut.code).toBe(0);
    expect(renamedOut.stdout).toContain(`"${NEW}": H, I, J, K, L, M\n`);
    const marker = await markerOf(renamedRun);
    expect(marker.tableSheet).toBe(NEW);
    expect(marker.tableColumns).toEqual(TOOL_COLUMNS);
    expect(marker.written?.map((w) => w.sheet)).toContain(NEW);
    expect(marker.written?.map((w) => w.sheet)).not.toContain(OLD);
    const wb = await loadWorkbook(renamedRun);
    expect(wb.getWorksheet(OLD)).toBeUndefined();
    let right = 0;
    wb.getWorksheet(NEW)!.eachRow((row) => row.eachCell((_cell, col) => (right = Math.max(right, col))));
    expect(right).toBe(13);
  });

  it('writes the package a re-run of the copy that was not renamed writes, but for the name', async () => {
    const renamedMarker = await markerOf(renamedRun);
    const resavedMarker = await markerOf(resavedRun);
    const toOld = (text: string) => text.split(NEW).join(OLD);
    expect(shape(renamedMarker, toOld)).toEqual(shape(resavedMarker, (text) => text));
    const renamed = { before: unzipParts(readFileSync(RENAMED)), after: unzipParts(readFileSync(renamedRun)) };
    const resaved = { before: unzipParts(readFileSync(RESAVED)), after: unzipParts(readFileSync(resavedRun)) };
    // The two inputs differ where LibreOffice stamps its save (docProps/core.xml): the runs are
    // compared in what they changed, and each part they changed as it is after.
    const changed = ({ before, after }: { before: Parts; after: Parts }) =>
      Object.keys({ ...before, ...after })
        .filter((name) => !before[name] || !after[name] || Buffer.compare(before[name]!, after[name]!) !== 0)
        .sort();
    expect(changed(renamed)).toEqual(changed(resaved));
    expect(changed(resaved)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    const renamedParts = comparable(renamed.after, renamedMarker, toOld);
    const resavedParts = comparable(resaved.after, resavedMarker, (text) => text);
    for (const name of changed(resaved).filter((n) => n !== 'xl/sharedStrings.xml')) {
      expect([name, renamedParts.get(name)]).toEqual([name, resavedParts.get(name)]);
    }
  });

  it('is an ordinary re-run the time after: the same package again', async () => {
    const third = join(dir, 'third.xlsx');
    const run = await score(renamedRun, third);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`"${NEW}": H, I, J, K, L, M\n`);
    expect(await markerOf(third)).toEqual(await markerOf(renamedRun));
    const before = unzipParts(readFileSync(renamedRun));
    const after = unzipParts(readFileSync(third));
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) expect([name, strFromU8(after[name]!)]).toEqual([name, strFromU8(before[name]!)]);
  });

  it('follows the rename when the sheet is named with --sheet, and check reads the tool columns as the tool\'s', async () => {
    const out = join(dir, 'named.xlsx');
    const run = await score(RENAMED, out, '--sheet', NEW);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`"${NEW}": H, I, J, K, L, M\n`);
    expect(unzipParts(readFileSync(out))).toEqual(unzipParts(readFileSync(renamedRun)));
    const checked = await runCli(['check', RENAMED, '--json']);
    const resaved = await runCli(['check', RESAVED, '--json']);
    expect(checked.stdout.split(RENAMED).join('<file>').split(NEW).join(OLD)).toEqual(resaved.stdout.split(RESAVED).join('<file>'));
  });
});
