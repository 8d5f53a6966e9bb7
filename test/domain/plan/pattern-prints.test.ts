import fc from 'fast-check';
import { readdirSync } from 'fs';
import { join } from 'path';
import { loadTable } from '../../../src/cli/workbook';
import { buildWritePlan } from '../../../src/domain/plan/build';
import { planCellPrint } from '../../../src/domain/plan/fingerprint';
import type { PlanCell, WritePlan } from '../../../src/domain/plan/types';
import { analyze } from '../../../src/domain/engine';
import { translator } from '../../../src/i18n';
import { asGrid, generateScoreSheet } from '../../support/generate-plan';
import type { Lang } from '../../../src/i18n/types';

/*
 * A formula cell may carry the print its maker knew for its pattern (PatternPrints) instead of the
 * print being made from its text. Both must be the same for every such cell, or a re-run would take
 * the tool's own cells for the user's. Held to the print made from the text on every plan the
 * examples and the corpus give (score tables with numbers typed as text, unreadable points, stated
 * totals without an area row, several agencies), in both languages.
 */

const ROOT = join(__dirname, '..', '..', '..');
const files = [
  ...readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(ROOT, 'examples', f)),
  ...readdirSync(join(ROOT, 'test', 'corpus'))
    .filter((f) => /\.xls[xm]$/.test(f) && !f.startsWith('refuse-') && !f.startsWith('heldout-'))
    .map((f) => join(ROOT, 'test', 'corpus', f)),
];

async function planOf(file: string, lang: Lang): Promise<WritePlan | null> {
  const t = translator(lang);
  const { analysis, grid, workbook } = await loadTable(file, { criteria: 'auto' }, t);
  const built = buildWritePlan(analysis, {
    grid,
    previous: null,
    existingSheets: workbook.sheets.map((ws) => ws.name),
    t,
    lang,
    include: { tableColumns: true, summary: true, agencySheets: true },
  });
  return built.ok ? built.plan : null;
}

function* cellsWithRows(plan: WritePlan): Generator<{ sheet: string; row: number; cell: PlanCell }> {
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      for (let i = 0; i < block.cells.length; i++) {
        for (const cell of block.cells[i]!) if (cell) yield { sheet: sheet.name, row: block.row + i, cell };
      }
    }
  }
}

describe('prints handed over with a formula', () => {
  it.each(files.flatMap((file) => (['vi', 'en'] as const).map((lang) => [file.slice(ROOT.length + 1), lang] as const)))(
    '%s (%s): each is the print made from the formula’s text',
    async (file, lang) => {
      const plan = await planOf(join(ROOT, file), lang);
      if (plan === null) return;
      const wrong: string[] = [];
      for (const { sheet, row, cell } of cellsWithRows(plan)) {
        if (cell.print === undefined) continue;
        const made = planCellPrint(new Map(), { ...cell, print: undefined }, row);
        if (made !== cell.print) wrong.push(`${sheet}!${row + 1}: ${cell.formula} ${cell.print} ≠ ${made}`);
      }
      expect(wrong).toEqual([]);
    },
  );

  it('are handed over on the examples’ score table, so the test above holds them to something', async () => {
    const plan = (await planOf(join(ROOT, 'examples', 'daklak-2020-phu-luc-i.xlsx'), 'vi'))!;
    const handed = [...cellsWithRows(plan)].filter(({ cell }) => cell.print !== undefined);
    // Phụ lục I: lost, percent and check on each of its criterion rows; links and differences on the
    // summary's areas and the agency sheets' criteria.
    expect(handed.filter(({ sheet }) => sheet === 'Phụ lục I').length).toBeGreaterThan(150);
    expect(new Set(handed.map(({ sheet }) => sheet)).size).toBeGreaterThan(2);
  });

  it('hold on generated score tables under any sheet name, with points typed as text or unreadable', () => {
    // Sheet names with digits, letters and digits together, quotes and Vietnamese letters; point cells
    // replaced by what officers type (a decimal comma, a unit, text that is no number, a blank).
    const names = fc.constantFrom('Phụ lục I', 'Tự chấm 2023', 'PL2', 'Bảng A1', "It's 2024", 'Sheet1', 'Điểm (R1C1)', 'x');
    const typed = fc.constantFrom<string | null>('1,5', '0.5 điểm', 'không', '', '2', '−0,25', null);
    fc.assert(
      fc.property(names, fc.integer({ min: 3, max: 60 }), fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 2, max: 4 }), typed), { maxLength: 12 }), (name, rows, edits) => {
        const sheet = generateScoreSheet(rows, name);
        for (const [r, c, value] of edits) {
          const row = sheet.cells[4 + (r % rows)]!;
          row[c] = value;
        }
        const result = analyze(asGrid(sheet));
        if (!result.ok) return;
        const t = translator('vi');
        const built = buildWritePlan(result.analysis, {
          grid: asGrid(sheet),
          previous: null,
          existingSheets: [name],
          t,
          lang: 'vi',
          include: { tableColumns: true, summary: true, agencySheets: true },
        });
        if (!built.ok) return;
        for (const { row, cell } of cellsWithRows(built.plan)) {
          if (cell.print !== undefined) expect(planCellPrint(new Map(), { ...cell, print: undefined }, row)).toBe(cell.print);
        }
      }),
      { numRuns: 150 },
    );
  });
});
