import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { comparePackages, layout, unzipParts } from '../corpus/compare';
import { EXAMPLES, runCli, tempDir } from '../support/cli';
import { recalculate } from '../support/libreoffice';
import { parseMarker } from '../../src/domain/plan/marker';

/*
 * Valid packages written otherwise than the examples: each variant is the Đắk Lắk example (Phụ lục I)
 * with one change the standards allow, made here as they describe it (no Excel here to save one).
 * The tool must read it as the example, score it with only its own additions, and LibreOffice must
 * read the scored copy as it reads the scored example.
 *
 * - Strict: ISO/IEC 29500-1 has two conformance classes. Excel saves Transitional by default and
 *   Strict when the user picks "Strict Open XML Spreadsheet": the same parts, with SpreadsheetML's
 *   and the relationships' namespaces spelled under purl.oclc.org instead of schemas.openxmlformats.org
 *   (Part 1 §A.1 and Annex E). What the tool adds must be in the Strict spelling: a Strict document
 *   does not use the Transitional namespaces.
 * - UTF-16: ECMA-376 Part 2 §8.1.4 lets every XML part be UTF-8 or UTF-16, and a package reader must
 *   take both; a UTF-16 entity starts with its byte order mark (XML 1.0 §4.3.3). The parts the tool
 *   edits are written back as UTF-8, their declaration saying so.
 */

const TRANSITIONAL_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const TRANSITIONAL_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_RELS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

function strictCopy(transitional: Uint8Array): Uint8Array {
  const parts = unzipSync(transitional);
  for (const name of Object.keys(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml = strFromU8(parts[name]!).split(TRANSITIONAL_MAIN).join(STRICT_MAIN).split(TRANSITIONAL_RELS).join(STRICT_RELS);
    if (name === 'xl/workbook.xml') xml = xml.replace('<workbook ', '<workbook conformance="strict" ');
    parts[name] = strToU8(xml);
  }
  return zipSync(parts);
}

function utf16Copy(transitional: Uint8Array, encoding: 'utf16le' | 'utf16be'): Uint8Array {
  const parts = unzipSync(transitional);
  for (const name of Object.keys(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = `\ufeff${strFromU8(parts[name]!).replace(/^\ufeff/, '').replace('encoding="UTF-8"', 'encoding="UTF-16"')}`;
    const le = Buffer.from(xml, 'utf16le');
    parts[name] = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
  }
  return zipSync(parts);
}

interface Variant {
  readonly name: string;
  readonly make: (example: Uint8Array) => Uint8Array;
  /** What the variant requires of the parts the tool added or changed, beyond the comparison. */
  readonly changedPart: (name: string, bytes: Uint8Array) => void;
}

const VARIANTS: readonly Variant[] = [
  {
    name: 'Strict Open XML',
    make: strictCopy,
    changedPart: (name, bytes) => {
      const xml = strFromU8(bytes);
      expect({ name, transitional: xml.includes(TRANSITIONAL_MAIN) || xml.includes(TRANSITIONAL_RELS) }).toEqual({ name, transitional: false });
      if (name.startsWith('xl/worksheets/') && xml.includes('<worksheet xmlns=')) expect(xml).toMatch(new RegExp(`<worksheet xmlns="${STRICT_MAIN}"`));
      if (name === 'xl/_rels/workbook.xml.rels') expect(xml).toContain(`Type="${STRICT_RELS}/worksheet"`);
    },
  },
  ...(['utf16le', 'utf16be'] as const).map(
    (encoding): Variant => ({
      name: `every XML part in ${encoding === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'}`,
      make: (example) => utf16Copy(example, encoding),
      changedPart: (name, bytes) => {
        // Written back as UTF-8, saying so: no byte order mark of UTF-16, no declaration of it.
        expect({ name, head: [bytes[0], bytes[1]] }).not.toEqual({ name, head: [0xff, 0xfe] });
        expect({ name, head: [bytes[0], bytes[1]] }).not.toEqual({ name, head: [0xfe, 0xff] });
        const xml = strFromU8(bytes);
        if (xml.startsWith('<?xml')) expect({ name, declaration: xml.slice(0, xml.indexOf('?>')) }).toEqual({ name, declaration: expect.stringContaining('encoding="UTF-8"') });
      },
    }),
  ),
];

describe.each(VARIANTS.map((v) => [v.name, v] as const))('a workbook with %s', (_, variant) => {
  const dir = tempDir('par-variant-');
  const example = join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx');
  const input = join(dir, 'variant.xlsx');
  writeFileSync(input, variant.make(readFileSync(example)));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is checked as the example it was made from', async () => {
    const variantRun = await runCli(['check', input, '--json']);
    const exampleRun = await runCli(['check', example, '--json']);
    expect(variantRun.stderr).toBe('');
    const withoutFile = (json: string): unknown => ({ ...(JSON.parse(json) as Record<string, unknown>), file: undefined });
    expect(withoutFile(variantRun.stdout)).toEqual(withoutFile(exampleRun.stdout));
    expect(variantRun.code).toBe(exampleRun.code);
  });

  it('is scored with only the tool’s additions, and reads in LibreOffice as the scored example', async () => {
    const scoredVariant = join(dir, 'variant.scored.xlsx');
    const scoredExample = join(dir, 'example.scored.xlsx');
    expect((await runCli(['score', input, '-o', scoredVariant])).stderr).toBe('');
    expect((await runCli(['score', example, '-o', scoredExample])).stderr).toBe('');

    const before = unzipParts(readFileSync(input));
    const after = unzipParts(readFileSync(scoredVariant));
    const added = Object.keys(after).filter((name) => before[name] === undefined);
    expect(added.length).toBeGreaterThan(1);
    const changed = Object.keys(after).filter((name) => before[name] === undefined || Buffer.compare(Buffer.from(before[name]!), Buffer.from(after[name]!)) !== 0);
    for (const name of changed) variant.changedPart(name, after[name]!);
    // Apart from that, only the tool's additions (the marker's claims), as for the feature corpus.
    const markerPart = layout(after).sheets.get(MARKER_SHEET)!;
    const markerText = /<t[^>]*>([^<]*)<\/t>/.exec(strFromU8(after[markerPart]!))![1]!;
    const marker = parseMarker(markerText.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))!;
    expect(comparePackages(before, after, { tableSheet: marker.tableSheet!, tableColumns: marker.tableColumns, sheets: marker.sheets, markerSheet: MARKER_SHEET })).toEqual([]);

    const [judgedVariant, judgedExample] = await recalculate([scoredVariant, scoredExample], 'en-US');
    expect(judgedVariant!.sheets.map((s) => [s.name, s.state])).toEqual(judgedExample!.sheets.map((s) => [s.name, s.state]));
    expect(judgedVariant!.sheets.map((s) => s.values)).toEqual(judgedExample!.sheets.map((s) => s.values));
  }, 300_000);

  it('is scored again over its scored copy, part for part the same as the first time', async () => {
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    expect((await runCli(['score', input, '-o', first])).stderr).toBe('');
    expect((await runCli(['score', first, '-o', second])).stderr).toBe('');
    const a = unzipParts(readFileSync(first));
    const b = unzipParts(readFileSync(second));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(Object.keys(a).filter((part) => Buffer.compare(Buffer.from(a[part]!), Buffer.from(b[part]!)) !== 0)).toEqual([]);
  });
});
