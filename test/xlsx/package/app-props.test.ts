import { readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { runCli, tempDir } from '../../support/cli';

/*
 * docProps/app.xml (ECMA-376 Part 1, 22.2.2.12 HeadingPairs and 22.2.2.26 TitlesOfParts): a heading and
 * a count for each kind of title, then the titles in that order. Excel lists worksheets, chart sheets
 * ("Charts") and named ranges in groups of their own; the scored copy's worksheet group must list every
 * worksheet the workbook part names, the tool's new ones included, and the other groups stay as they were.
 */

const CORPUS = join(__dirname, '..', '..', 'corpus');
const out = tempDir('par-app-props-');
afterAll(() => rmSync(out, { recursive: true, force: true }));

function text(parts: Record<string, Uint8Array>, name: string): string {
  return Buffer.from(parts[name]!).toString('utf8');
}

function groups(app: string): { heading: string; titles: string[] }[] {
  const heads = [.../<HeadingPairs>(.*)<\/HeadingPairs>/s.exec(app)![1]!.matchAll(/<vt:variant>(.*?)<\/vt:variant>/g)].map((m) => m[1]!);
  const titles = [.../<TitlesOfParts>(.*)<\/TitlesOfParts>/s.exec(app)![1]!.matchAll(/<vt:lpstr>(.*?)<\/vt:lpstr>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&apos;/g, "'"));
  const vectorSize = Number(/<TitlesOfParts><vt:vector size="(\d+)"/.exec(app)![1]);
  expect(vectorSize).toBe(titles.length);
  const out: { heading: string; titles: string[] }[] = [];
  let at = 0;
  for (let i = 0; i + 1 < heads.length; i += 2) {
    const count = Number(/<vt:i4>(\d+)<\/vt:i4>/.exec(heads[i + 1]!)![1]);
    out.push({ heading: /<vt:lpstr>(.*)<\/vt:lpstr>/.exec(heads[i]!)![1]!, titles: titles.slice(at, at + count) });
    at += count;
  }
  expect(at).toBe(titles.length);
  return out;
}

describe('the extended properties of a workbook with a chart sheet', () => {
  it('list the tool’s sheets with the worksheets, and keep the chart sheet and the named ranges in their own groups', async () => {
    const input = join(CORPUS, 'excel365-features.xlsx');
    const output = join(out, 'scored.xlsx');
    const run = await runCli(['score', input, '-o', output, '--lang', 'vi']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const parts = unzipSync(readFileSync(output));
    const sheetTags = [...text(parts, 'xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]*)"[^>]*\/>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const app = groups(text(parts, 'docProps/app.xml'));
    // As Excel saved the input: four worksheets, one chart sheet, three names.
    expect(groups(text(unzipSync(readFileSync(input)), 'docProps/app.xml')).map((g) => [g.heading, g.titles.length])).toEqual([
      ['Worksheets', 4],
      ['Charts', 1],
      ['Named Ranges', 3],
    ]);
    expect(app.map((g) => g.heading)).toEqual(['Worksheets', 'Charts', 'Named Ranges']);
    expect(app[0]!.titles).toEqual(sheetTags.filter((name) => name !== 'Biểu đồ'));
    expect(app[0]!.titles.slice(0, 2)).toEqual(['Phụ lục I', 'Dữ liệu']);
    expect(app[0]!.titles).toContain('PAR - Tổng hợp');
    expect(app[0]!.titles).toContain('PAR_Scorer_meta');
    expect(app[1]!.titles).toEqual(['Biểu đồ']);
    expect(app[2]!.titles).toEqual(["'Phụ lục I'!Print_Area", "'Phụ lục I'!Print_Titles", 'TongMucTieu']);
  });
});
