/**
 * Links on the summary and agency sheets, through the fake: a HYPERLINK formula in the cell (the
 * target and the text both checked), the link style kept, and the Range.hyperlink fallback for the
 * texts a formula cannot carry.
 */
import { asFakeSheet, generateScoreSheet, generateTaskSheet, type GeneratedSheet } from '../support/generate-plan';
import { writeOutput } from '../../src/excel/flows';
import { applyPlan } from '../../src/excel/apply';
import { readSheet } from '../../src/excel/read';
import { buildWritePlan } from '../../src/domain/plan/build';
import type { PlanCell, WritePlan } from '../../src/domain/plan/types';
import { a1, parseA1 } from '../../src/domain/address';
import { translator } from '../../src/i18n';
import type { FakeSheetSnapshot, FakeWorkbook } from '../fakes';
import { AGENCIES, analysisOf, WEB, workbook, writeOptions } from './helpers';

const NO_HYPERLINKS = { ...WEB, hyperlinks: false };

/** Written out by hand rather than by the encoder, so a quoting mistake there shows here. */
function expectedFormula(sheet: string, cell: string, text: string): string {
  return `=HYPERLINK("#'${sheet.replace(/'/g, "''")}'!${cell}","${text.replace(/"/g, '""')}")`;
}

interface LinkAt {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly cell: PlanCell & { link: NonNullable<PlanCell['link']> };
}

async function linksOfPlan(fake: FakeWorkbook): Promise<LinkAt[]> {
  const read = await fake.run((ctx) => readSheet(ctx, undefined, { capabilities: WEB }));
  const analysis = await analysisOf(fake);
  const built = buildWritePlan(analysis, { grid: read.grid, previous: null, existingSheets: read.sheets, t: translator('vi'), lang: 'vi', include: AGENCIES });
  if (!built.ok) throw new Error('plan refused');
  const out: LinkAt[] = [];
  for (const sheet of built.plan.sheets) {
    for (const block of sheet.blocks) {
      block.cells.forEach((line, r) =>
        line.forEach((cell, c) => {
          if (cell?.link) out.push({ sheet: sheet.name, row: block.row + r, col: block.col + c, cell: cell as LinkAt['cell'] });
        }),
      );
    }
  }
  return out;
}

function formatAt(s: FakeSheetSnapshot, row: number, col: number) {
  return s.formats.find((f) => f.cell === a1(row, col));
}

describe.each([
  ['score', () => generateScoreSheet(60)],
  ['task', () => generateTaskSheet(60)],
])('links on the summary and agency sheets of a %s table', (_, make) => {
  // An apostrophe and spaces in the table sheet's name: the target must quote it as Excel does.
  const table = (): GeneratedSheet => ({ ...make(), name: "Bảng của Sở's 2" });

  it.each([
    ['ExcelApi 1.7 and later', WEB],
    ['a host without Range.hyperlink', NO_HYPERLINKS],
  ])('are HYPERLINK formulas to the table cell, showing the text, in the link style (%s)', async (_host, capabilities) => {
    const fake = workbook({ sheets: [asFakeSheet(table())] });
    const links = await linksOfPlan(fake);
    expect(links.length).toBeGreaterThan(10);
    const analysis = await analysisOf(fake);
    await fake.run((ctx) => writeOutput(ctx, analysis, { ...writeOptions(AGENCIES), capabilities }));
    const sheets = fake.snapshot().sheets;
    for (const { sheet, row, col, cell } of links) {
      const s = sheets.find((x) => x.name === sheet)!;
      const text = String(cell.value);
      expect(cell.link.sheet).toBe("Bảng của Sở's 2");
      expect(parseA1(cell.link.cell)).not.toBeNull();
      expect(s.formulas[row]?.[col]).toBe(expectedFormula(cell.link.sheet, cell.link.cell, text));
      expect(s.values[row]?.[col]).toBe(text);
      expect(formatAt(s, row, col)).toMatchObject({ fontColor: '#0563C1', underline: 'Single' });
    }
    // No Range.hyperlink was needed for any of them.
    expect(sheets.flatMap((s) => s.hyperlinks)).toEqual([]);
  }, 60_000);
});

describe('link texts a formula cannot carry', () => {
  const long = 'Sở Nội vụ '.repeat(30);
  // 180 characters plus 40 quotes: under 255 as typed, over once the quotes are doubled.
  const manyQuotes = `${'a'.repeat(180)}${'"'.repeat(40)}`;
  const cases: { text: string; formula: boolean }[] = [
    { text: long, formula: false },
    { text: manyQuotes, formula: false },
    { text: 'Báo cáo "quý 3"', formula: true },
    { text: '=SUM(A1:A3)', formula: false },
    { text: '1.10', formula: true },
  ];
  const target = { sheet: "Bảng của Sở's 2", cell: 'B7' };
  const plan: WritePlan = {
    marker: { tool: 'par-scorer', version: 1, tableSheet: null, tableColumns: [], tableRows: null, sheets: ['Kết quả'] },
    sheets: [
      {
        name: 'Kết quả',
        role: 'summary',
        owned: true,
        blocks: [{ row: 1, col: 1, cells: cases.map(({ text }) => [{ value: text, link: target, style: { fontColor: '#0563C1' } }]) }],
        columnWidths: [],
        conditionalFormats: [],
      },
    ],
    deleteSheets: [],
    clearTableColumns: [],
  };

  it.each([
    ['ExcelApi 1.7 and later', WEB],
    ['a host without Range.hyperlink', NO_HYPERLINKS],
  ])('are written as plain text with a Range.hyperlink where the host has one (%s)', async (_host, capabilities) => {
    const fake = workbook({ sheets: [{ name: target.sheet, cells: [['x']] }] });
    await fake.run((ctx) => applyPlan(ctx, plan, { capabilities }));
    const s = fake.snapshot().sheets.find((x) => x.name === 'Kết quả')!;
    cases.forEach(({ text, formula }, i) => {
      const row = 1 + i;
      expect(s.values[row]?.[1]).toBe(text);
      expect(s.formulas[row]?.[1]).toBe(formula ? expectedFormula(target.sheet, target.cell, text) : null);
      expect(formatAt(s, row, 1)).toMatchObject({ fontColor: '#0563C1', underline: 'Single' });
    });
    const fallbacks = cases.filter((c) => !c.formula).map(({ text }) => ({ documentReference: "'Bảng của Sở''s 2'!B7", textToDisplay: text }));
    expect(s.hyperlinks.map(({ documentReference, textToDisplay }) => ({ documentReference, textToDisplay }))).toEqual(capabilities.hyperlinks ? fallbacks : []);
  });
});
