import { translator } from '../../../src/i18n';
import { buildWritePlan } from '../../../src/domain/plan/build';
import { blockHeight, blockRowAt } from '../../../src/domain/plan/row-blocks';
import { recordWritten } from '../../../src/domain/plan/written';
import type { PlanBlock, PlanCell, PlanSheet, WritePlan } from '../../../src/domain/plan/types';
import { SHEET, ROUNDING_FINDING, analysisOf, fixturePlan, sheetGrid } from './fixtures';

const vi = translator('vi');

/** The fixture's plan, with a second note on the header row (never written: the header is the tool's) and one on a leaf. */
function plan(): WritePlan {
  const leafNote = { ...ROUNDING_FINDING, cell: 'D6', row: 6, messageKey: 'finding.subtotal-mismatch.rounding' };
  const headerNote = { ...ROUNDING_FINDING, cell: 'D3', row: 3 };
  return fixturePlan(analysisOf({ findings: [ROUNDING_FINDING, leafNote, headerNote] }));
}

function tableOf(p: WritePlan): PlanSheet {
  return p.sheets.find((s) => !s.owned)!;
}

/** Every row of a block as a writer asks for them: in order, once. */
function walk(block: PlanBlock): (readonly (PlanCell | null)[])[] {
  const at = blockRowAt(block);
  const out: (readonly (PlanCell | null)[])[] = [];
  for (let i = 0; i < blockHeight(block); i++) out.push(at(i)!);
  return out;
}

/** The same sheets with every block made of its cells, as a plan held them before rows were described. */
function asCells(sheets: readonly PlanSheet[]): PlanSheet[] {
  return sheets.map((s) => ({ ...s, blocks: s.blocks.map((b) => ({ row: b.row, col: b.col, cells: b.cells.map((line) => [...line]) })) }));
}

describe('the table columns described by rows', () => {
  it('are one described block over the marker’s rows and columns', () => {
    const p = plan();
    const [block] = tableOf(p).blocks;
    expect(tableOf(p).blocks).toHaveLength(1);
    expect(block!.rows).toBeDefined();
    expect(block!.row).toBe(p.marker.tableRows!.first);
    expect(block!.rows!.height).toBe(p.marker.tableRows!.last - p.marker.tableRows!.first + 1);
    expect(block!.col).toBe(Math.min(...p.marker.tableColumns));
    expect(block!.rows!.width).toBe(p.marker.tableColumns.length);
  });

  it('make the same cells row by row, at every call, as all at once', () => {
    const block = tableOf(plan()).blocks[0]!;
    const rows = walk(block);
    expect(walk(block)).toEqual(rows);
    expect(block.cells).toEqual(rows);
    // The header row, then a formula for each stated figure, and the notes where findings are.
    expect(rows[0]!.map((c) => c?.value)).toEqual(['subtotal', 'lost', 'gap', 'percent', 'check', 'notes'].map((k) => vi(`sheet.col.${k}`)));
    const notes = rows.map((r) => r[r.length - 1]?.value);
    expect(notes[1]).toMatch(/^D4: /);
    expect(notes[3]).toMatch(/^D6: /);
    expect(rows[1]![0]!.formula).toBe('=SUM(D5,D8)');
    expect(rows[2]![0]!.formula).toBe('=SUM(D6:D7)');
    expect(rows[3]![0]).toBeNull();
    // Where the rows that may hold a cell end, known without making them.
    const { filled } = block.rows!;
    expect(filled).toBeDefined();
    expect(rows.slice(filled).every((r) => r.every((c) => c === null))).toBe(true);
    expect(rows[filled! - 1]!.some((c) => c !== null)).toBe(true);
  });

  it('of a task table end, for what may be written, at the last note', () => {
    const built = buildWritePlan(analysisOf({ table: { ...analysisOf().table, layout: { ...analysisOf().table.layout, shape: 'task', lastDataRow: 40 } } }), {
      grid: sheetGrid(),
      previous: null,
      existingSheets: [SHEET],
      t: vi,
      lang: 'vi',
      include: { tableColumns: true, summary: false, agencySheets: false },
    });
    if (!built.ok) throw new Error('unexpected conflicts');
    const block = tableOf(built.plan).blocks[0]!;
    expect(block.rows!.height).toBe(39);
    // The header (row 2) and the one note, on row 3.
    expect(block.rows!.filled).toBe(2);
    expect(walk(block).map((r) => r[0]?.value !== undefined)).toEqual([true, true, ...Array(37).fill(false)]);
  });

  it('record the same fingerprints as the cells would, whether the writer made the rows first or not', () => {
    const expected = (p: WritePlan) => recordWritten({ ...p.marker, written: undefined }, asCells(p.sheets), null);
    const unwalked = plan();
    expect(unwalked.marker.written).toEqual(expected(unwalked));
    const walked = plan();
    walk(tableOf(walked).blocks[0]!);
    expect(walked.marker.written).toEqual(expected(walked));
    const shuffled = plan();
    const at = blockRowAt(tableOf(shuffled).blocks[0]!);
    at(1);
    at(0);
    expect(shuffled.marker.written).toEqual(expected(shuffled));
  });
});
