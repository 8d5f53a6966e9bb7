/**
 * A sheet holds 1,048,576 rows ("Excel specifications and limits"). The summary lists every finding and
 * an agency sheet every task, a row each: a table large enough has more of them than that. Such a list
 * stops at the sheet's last row, which says how many were left out; nothing is written past it.
 */
import { EXCEL_MAX_ROWS } from '../../../src/domain/excel-limits';
import type { PlanBlock, PlanSheet } from '../../../src/domain/plan/types';
import { ROUNDING_FINDING, agency, analysisOf, fixturePlan, task } from './fixtures';

/** The first cell's text of every row from `from` (0-based, absolute) to the block's end. */
function firstTexts(block: PlanBlock, from: number): string[] {
  const rows = block.rows!;
  const out: string[] = [];
  for (let i = from - block.row; i < rows.height; i++) out.push(String(rows.row(i)[0]?.value ?? ''));
  return out;
}

/** The 0-based row of the first row whose first cell reads `text`. */
function rowOf(block: PlanBlock, text: string): number {
  const rows = block.rows!;
  for (let i = 0; i < rows.height; i++) if (rows.row(i)[0]?.value === text) return block.row + i;
  throw new Error(`no row reads ${text}`);
}

function only(sheet: PlanSheet | undefined): PlanBlock {
  expect(sheet?.blocks).toHaveLength(1);
  return sheet!.blocks[0]!;
}

const END = EXCEL_MAX_ROWS - 1;

describe("lists longer than a sheet's rows", () => {
  it('stop the findings at the last row, which counts those left out', () => {
    const many = 1_100_000;
    const plan = fixturePlan(analysisOf({ findings: new Array<typeof ROUNDING_FINDING>(many).fill(ROUNDING_FINDING) }));
    const block = only(plan.sheets.find((s) => s.role === 'summary'));
    expect(block.row + block.rows!.height).toBe(EXCEL_MAX_ROWS);
    const header = rowOf(block, 'Mức độ');
    const listed = END - header - 1;
    const tail = firstTexts(block, END - 1);
    expect(tail[0]).toBe('Thông tin');
    expect(tail[1]).toBe(
      `Danh sách dừng ở dòng 1.048.576, dòng cuối cùng của một trang tính Excel: còn ${many - listed} vấn đề không ghi được ở đây; danh sách đầy đủ có trong kết quả kiểm tra.`,
    );
  });

  it('write a list that just fits whole, with no note', () => {
    const probe = fixturePlan(analysisOf({ findings: [ROUNDING_FINDING] }));
    const header = rowOf(only(probe.sheets.find((s) => s.role === 'summary')), 'Mức độ');
    const fits = END - header;
    for (const [count, noted] of [
      [fits, false],
      [fits + 1, true],
    ] as const) {
      const block = only(fixturePlan(analysisOf({ findings: new Array<typeof ROUNDING_FINDING>(count).fill(ROUNDING_FINDING) })).sheets.find((s) => s.role === 'summary'));
      expect(block.row + block.rows!.height).toBe(EXCEL_MAX_ROWS);
      const last = firstTexts(block, END)[0]!;
      expect({ count, last: noted ? last.startsWith('Danh sách dừng ở dòng 1.048.576') : last === 'Thông tin' }).toEqual({ count, last: true });
      if (noted) expect(last).toContain('còn 2 vấn đề');
    }
  });

  it('stop an agency sheet at the last row, counting the tasks it supports that no longer fit', () => {
    const many = 1_050_000;
    const analysis = analysisOf({
      agencies: [agency('Sở Nội vụ', { tasks: new Array(many).fill(task(5, 'Rà soát thủ tục hành chính')), coordinates: [task(6, 'Tập huấn'), task(7, 'Tuyên truyền')] })],
    });
    const sheet = fixturePlan(analysis).sheets.find((s) => s.role === 'agency' && s.name === 'Sở Nội vụ');
    const block = only(sheet);
    expect(block.row + block.rows!.height).toBe(EXCEL_MAX_ROWS);
    const header = rowOf(block, 'Mã');
    const listed = END - header - 1;
    expect(firstTexts(block, END)[0]).toBe(
      `Danh sách dừng ở dòng 1.048.576, dòng cuối cùng của một trang tính Excel: còn ${many - listed + 2} nhiệm vụ không ghi được ở đây; danh sách đầy đủ có trong kết quả kiểm tra.`,
    );
  });

  it("leave out the section of tasks it supports when only its note fits, and say so", () => {
    const probe = fixturePlan(analysisOf({ agencies: [agency('Sở Nội vụ', { tasks: [task(5, 'Rà soát')] })] }));
    const header = rowOf(only(probe.sheets.find((s) => s.name === 'Sở Nội vụ')), 'Mã');
    // The tasks, a blank row, then two rows left: too few for a section's title, headers and a row.
    const tasks = EXCEL_MAX_ROWS - header - 4;
    const analysis = analysisOf({
      agencies: [agency('Sở Nội vụ', { tasks: new Array(tasks).fill(task(5, 'Rà soát')), coordinates: [task(6, 'Tập huấn'), task(7, 'Tuyên truyền')] })],
    });
    const block = only(fixturePlan(analysis).sheets.find((s) => s.name === 'Sở Nội vụ'));
    expect(block.row + block.rows!.height).toBe(EXCEL_MAX_ROWS - 1);
    expect(firstTexts(block, END - 2)).toEqual([
      '',
      'Danh sách dừng ở dòng 1.048.576, dòng cuối cùng của một trang tính Excel: còn 2 nhiệm vụ không ghi được ở đây; danh sách đầy đủ có trong kết quả kiểm tra.',
    ]);
  });
});

describe('a text longer than a cell holds', () => {
  it("is cut to Excel's 32,767 characters, ending in an ellipsis, where the tool copies it", () => {
    // A task typed by another tool (openpyxl writes any length; Excel itself cannot hold such a cell).
    const long = 'Rà soát, đánh giá thủ tục hành chính; '.repeat(1100);
    expect(long.length).toBeGreaterThan(32_767);
    const analysis = analysisOf({ agencies: [agency('Sở Nội vụ', { tasks: [task(5, long)] })] });
    const block = only(fixturePlan(analysis).sheets.find((s) => s.name === 'Sở Nội vụ'));
    const cells: string[] = [];
    for (let i = 0; i < block.rows!.height; i++) for (const c of block.rows!.row(i)) if (typeof c?.value === 'string') cells.push(c.value);
    const copied = cells.find((v) => v.startsWith('Rà soát, đánh giá'));
    expect(copied).toHaveLength(32_767);
    expect(copied).toBe(`${long.slice(0, 32_766)}…`);
    expect(cells.every((v) => v.length <= 32_767)).toBe(true);
  });
});
