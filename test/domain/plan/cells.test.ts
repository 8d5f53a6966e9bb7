import { BlockWriter, TextCells } from '../../../src/domain/plan/cells';

describe('BlockWriter', () => {
  it('pads every row to the widest and places the block where it started', () => {
    const w = new BlockWriter(4, 2);
    w.add([{ value: 'a' }]);
    w.add([{ value: 'b' }, { value: 'c' }, null]);
    w.add();
    expect(w.block()).toEqual({
      row: 4,
      col: 2,
      cells: [
        [{ value: 'a' }, null, null],
        [{ value: 'b' }, { value: 'c' }, null],
        [null, null, null],
      ],
    });
  });

  it('builds a block of more rows than a function call takes arguments', () => {
    const w = new BlockWriter();
    for (let i = 0; i < 300_000; i++) w.add(i === 7 ? [{ value: i }, { value: 'x' }] : [{ value: i }]);
    const block = w.block();
    expect(block.cells).toHaveLength(300_000);
    expect(block.cells[299_999]).toEqual([{ value: 299_999 }, null]);
    expect(block.cells[7]).toEqual([{ value: 7 }, { value: 'x' }]);
  });

  it('copies the cells it is given, so the caller may reuse its array', () => {
    const w = new BlockWriter();
    const row = [{ value: 1 }];
    w.add(row);
    row.push({ value: 2 });
    expect(w.block().cells).toEqual([[{ value: 1 }]]);
  });
});

describe('TextCells', () => {
  it('gives one cell object per text, with its style', () => {
    const wrap = { wrap: true };
    const cells = new TextCells(wrap);
    const first = cells.cell('Quý IV');
    expect(first).toEqual({ value: 'Quý IV', style: wrap });
    expect(cells.cell('Quý IV')).toBe(first);
    expect(cells.cell('Quý III')).not.toBe(first);
    expect(new TextCells().cell('x')).toEqual({ value: 'x' });
  });
});
