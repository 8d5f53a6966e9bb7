import { translator } from '../../../src/i18n';
import { BlockWriter } from '../../../src/domain/plan/cells';
import { keepUserEdits } from '../../../src/domain/plan/user-edits';
import { blockHeight, blockRowAt } from '../../../src/domain/plan/row-blocks';
import { recordWritten } from '../../../src/domain/plan/written';
import type { PlanBlock, PlanCell, PlanSheet, WritePlan } from '../../../src/domain/plan/types';
import { agency, analysisOf, fixturePlan, task } from './fixtures';

const vi = translator('vi');

/** A plan whose agency sheets list enough tasks to repeat products, deadlines and partners. */
function bigPlan(): WritePlan {
  const others = ['Văn phòng UBND tỉnh', 'Sở Tư pháp', 'UBND cấp huyện'];
  const tasks = Array.from({ length: 40 }, (_, i) => {
    const t = task(5 + i, `Nhiệm vụ số ${i}`, i % 3 === 0 ? [] : [others[i % others.length]!]);
    return { ...t, codes: i % 4 === 0 ? [] : [`1.${i % 5}`], product: `Sản phẩm ${i % 6}`, deadline: i % 7 === 0 ? null : t.deadline };
  });
  const analysis = analysisOf({
    agencies: [
      agency('Sở Nội vụ', { tasks: tasks.slice(0, 25), coordinates: tasks.slice(25, 32) }),
      agency('Sở Tư pháp', { tasks: tasks.slice(32) }),
    ],
  });
  return fixturePlan(analysis);
}

function agencySheets(plan: WritePlan): PlanSheet[] {
  return plan.sheets.filter((s) => s.role === 'agency');
}

/** The same sheets with every block made of its cells, as a plan held them before rows were described. */
function asCells(sheets: readonly PlanSheet[]): PlanSheet[] {
  return sheets.map((s) => ({ ...s, blocks: s.blocks.map((b) => ({ row: b.row, col: b.col, cells: b.cells.map((line) => [...line]) })) }));
}

/** Every row of a block as a writer asks for them: in order, once. */
function walk(block: PlanBlock): (readonly unknown[])[] {
  const at = blockRowAt(block);
  const out: (readonly unknown[])[] = [];
  for (let i = 0; i < blockHeight(block); i++) out.push(at(i)!);
  return out;
}

describe('agency sheets described by rows', () => {
  it('describe their task lists and make the same cells row by row as all at once', () => {
    for (const sheet of agencySheets(bigPlan())) {
      const [block] = sheet.blocks;
      expect(sheet.blocks).toHaveLength(1);
      expect(block!.rows).toBeDefined();
      const rows = walk(block!);
      expect(rows).toHaveLength(block!.cells.length);
      // The cells are every row padded to the block's width, as a block of cells always was.
      block!.cells.forEach((line, i) => {
        expect(line).toHaveLength(block!.rows!.width);
        expect(line.slice(0, rows[i]!.length)).toEqual(rows[i]);
        expect(line.slice(rows[i]!.length).every((c) => c === null)).toBe(true);
      });
    }
  });

  it('give a repeated text one cell object down a list, made again the same', () => {
    const sheet = agencySheets(bigPlan())[0]!;
    const block = sheet.blocks[0]!;
    const first = walk(block);
    const again = walk(block);
    // One list's products: each list (the tasks led, those supported) has its own.
    let products = new Map<unknown, unknown>();
    let seen = 0;
    first.forEach((row, i) => {
      const product = row[3] as { value?: unknown } | null | undefined;
      if (product?.value === vi('sheet.head.product')) products = new Map();
      if (row.length !== 6 || !product || typeof product.value !== 'string' || !/^Sản phẩm \d$/.test(product.value)) return;
      if (products.has(product.value)) {
        expect(products.get(product.value)).toBe(product);
        seen++;
      }
      products.set(product.value, product);
      expect(again[i]![3]).toBe(product);
    });
    expect(seen).toBeGreaterThan(5);
  });

  it('record the same fingerprints as the cells would, whether a writer made the rows first or not', () => {
    const expected = (plan: WritePlan) => recordWritten({ ...plan.marker, written: undefined }, asCells(plan.sheets), null);
    // Read before any writer walked the rows: the rows are made for it.
    const unwalked = bigPlan();
    expect(unwalked.marker.written).toEqual(expected(unwalked));
    // Walked by a writer, in order: taken as they passed.
    const walked = bigPlan();
    for (const sheet of agencySheets(walked)) walk(sheet.blocks[0]!);
    expect(walked.marker.written).toEqual(expected(walked));
    // Asked out of order: the watcher is dropped and the rows are made again for the fingerprints.
    const shuffled = bigPlan();
    for (const sheet of agencySheets(shuffled)) {
      const at = blockRowAt(sheet.blocks[0]!);
      at(2);
      at(0);
      at(1);
    }
    expect(shuffled.marker.written).toEqual(expected(shuffled));
  });

  it('keep a user\'s cell as a block of cells, no longer described', () => {
    const plan = bigPlan();
    const sheet = agencySheets(plan)[0]!;
    const kept = keepUserEdits(plan, [{ sheet: sheet.name, row: 8, col: 2, cell: 'C9' }], null);
    const block = kept.sheets.find((s) => s.name === sheet.name)!.blocks[0]!;
    expect(block.rows).toBeUndefined();
    expect(block.cells[8]![2]).toBeNull();
    expect(block.cells[9]).toEqual(sheet.blocks[0]!.cells[9]);
  });
});

describe('agency criteria lists described by rows', () => {
  /** The criteria rows (below the header, above the total) of an agency sheet that leads criteria. */
  function criteriaList(sheet: PlanSheet): { rows: (readonly (PlanCell | null)[])[]; total: readonly (PlanCell | null)[] } | null {
    const cells = sheet.blocks[0]!.cells;
    const end = cells.findIndex((l) => l[0]?.value === vi('sheet.agency.total'));
    if (end < 0) return null;
    const header = cells.findIndex((l) => l[0]?.value === vi('sheet.head.code'));
    return { rows: cells.slice(header + 1, end), total: cells[end]! };
  }

  it('total each figure column from the table as its rows add up, a column the table lacks left blank', () => {
    const base = analysisOf();
    const layout = { ...base.table.layout, columns: base.table.layout.columns.filter((c) => c.role !== 'target') };
    const noTarget = analysisOf({ table: { ...base.table, layout } });
    let totals = 0;
    for (const [analysis, blank] of [
      [base, []],
      [noTarget, [4, 6]],
    ] as const) {
      for (const sheet of agencySheets(fixturePlan(analysis))) {
        const list = criteriaList(sheet);
        if (!list) continue;
        expect(sheet.blocks[0]!.rows).toBeDefined();
        const { rows, total } = list;
        for (let col = 2; col <= 6; col++) {
          if ((blank as readonly number[]).includes(col)) {
            expect({ col, cells: rows.map((r) => r[col]), total: total[col] }).toEqual({ col, cells: rows.map(() => null), total: null });
            continue;
          }
          const known = rows.map((r) => r[col]!.cached).filter((v): v is number => typeof v === 'number');
          // Blank when no row has a figure, as the formula's COUNT(...)=0 shows it.
          if (known.length === 0) expect(total[col]!.cached).toBe('');
          else expect(total[col]!.cached).toBeCloseTo(known.reduce((a, b) => a + b, 0), 9);
          expect(total[col]!.formula).toMatch(/^=IF\(COUNT\(/);
          totals++;
        }
      }
    }
    // Two agencies lead criteria: five totals each with every column, three without the target.
    expect(totals).toBe(2 * 5 + 2 * 3);
  });
});

describe('a block writer with described rows', () => {
  it('counts them in its next row and its width', () => {
    const w = new BlockWriter(2, 1);
    w.add([{ value: 'a' }]);
    w.describe({ length: 3, width: 4, row: (i) => [{ value: `r${i}` }, null, null, { value: i }] });
    expect(w.nextRow).toBe(6);
    w.add([{ value: 'b' }, { value: 'c' }]);
    const block = w.block();
    expect(block).toMatchObject({ row: 2, col: 1 });
    expect(block.rows).toMatchObject({ height: 5, width: 4 });
    expect(block.cells).toEqual([
      [{ value: 'a' }, null, null, null],
      [{ value: 'r0' }, null, null, { value: 0 }],
      [{ value: 'r1' }, null, null, { value: 1 }],
      [{ value: 'r2' }, null, null, { value: 2 }],
      [{ value: 'b' }, { value: 'c' }, null, null],
    ]);
  });

  it('returns a block of cells when nothing was described', () => {
    const w = new BlockWriter();
    w.add([{ value: 'a' }, { value: 'b' }]);
    w.add();
    expect(w.block()).toEqual({ row: 0, col: 0, cells: [[{ value: 'a' }, { value: 'b' }], [null, null]] });
  });
});
