import { execFileSync } from 'child_process';
import { readdirSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { comparePackages, layout, unzipParts } from './compare';
import { checkReport, claimsOf } from './scored-copy';
import { EXAMPLES, runCli, tempDir } from '../support/cli';

/*
 * The example's parts in forms XML 1.0 allows and Excel never writes (test/corpus/xml-forms, made by
 * scripts/corpus/make_xml_forms.py with Python's zipfile and plain text edits): comments among the
 * elements and around commented-out markup, CDATA sections, white space before an end tag's ">", and
 * namespaces bound to prefixes in every part the writer edits. None changes a cell's meaning, so
 * each reads as the example reads, and its scored copy keeps every original cell as openpyxl reads
 * it. (The writer once read `</c >` as no end tag and dropped the table's cells, exit 0.)
 */

const FORMS = join(__dirname, 'xml-forms');
const PYTHON = '/usr/bin/python3';
const fixtures = readdirSync(FORMS).filter((f) => f.endsWith('.xlsx'));
const out = tempDir('par-xml-forms-');
afterAll(() => rmSync(out, { recursive: true, force: true }));


describe('parts in the forms other XML producers write', () => {
  it('has the workbooks the script makes', () => {
    expect(fixtures.sort()).toEqual(['comments-cdata-end-tags.xlsx', 'prefixed-packaging.xlsx']);
  });

  it.each(fixtures)('%s reads as the example it was made from', async (fixture) => {
    expect(await checkReport(join(FORMS, fixture))).toEqual(await checkReport(join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx')));
  });

  it.each(fixtures)('%s: scored with only the tool’s additions, every original cell kept as openpyxl reads it, and re-scored to the same parts', async (fixture) => {
    const input = join(FORMS, fixture);
    const output = join(out, fixture);
    const result = await runCli(['score', input, '-o', output, '--lang', 'en']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const before = unzipParts(readFileSync(input));
    const after = unzipParts(readFileSync(output));
    const claims = claimsOf(after);
    expect(claims.tableColumns.length).toBe(6);
    expect(comparePackages(before, after, claims)).toEqual([]);
    // The tool's cells are where they belong: row 7's recomputed subtotal (area 1: 1.1-1.6 sum to 6.5).
    expect(Buffer.from(after[layout(after).sheets.get('Phụ lục I')!]!).toString('utf8')).toMatch(/<(x:)?c r="H7"[^>]*><(x:)?f>SUM\(D8:D13\)<\/(x:)?f><(x:)?v>6\.5<\/(x:)?v>/);

    const found = JSON.parse(
      execFileSync(PYTHON, [join(__dirname, 'openpyxl_check.py'), input, output, claims.tableSheet, claims.tableColumns.join(',')], { encoding: 'utf8' }),
    ) as Record<string, string[]>;
    expect(found[output]).toEqual([]);

    const again = join(out, `again-${fixture}`);
    expect((await runCli(['score', output, '-o', again, '--lang', 'en'])).code).toBe(0);
    const second = unzipParts(readFileSync(again));
    expect(Object.keys(second).sort()).toEqual(Object.keys(after).sort());
    expect(Object.keys(after).filter((part) => Buffer.compare(Buffer.from(after[part]!), Buffer.from(second[part]!)) !== 0)).toEqual([]);
  }, 60_000);
});
