import { gridFromCsv, gridFromRows, parseCsv } from '../../support/grid-builder';

describe('test grid builder', () => {
  it('pads rows and sets kinds and texts like an adapter', () => {
    const grid = gridFromRows([['STT', 1.5], [null, true, '#N/A']], { texts: [[null, '1,5']], sheet: 'S', originRow: 2 });
    expect(grid).toMatchObject({ sheet: 'S', originRow: 2, originCol: 0, mergesKnown: true, merges: [] });
    expect(grid.cells).toEqual([
      [
        { value: 'STT', text: 'STT', kind: 'string' },
        { value: 1.5, text: '1,5', kind: 'number' },
        { value: null, text: '', kind: 'empty' },
      ],
      [
        { value: null, text: '', kind: 'empty' },
        { value: true, text: 'TRUE', kind: 'boolean' },
        { value: '#N/A', text: '#N/A', kind: 'error' },
      ],
    ]);
  });

  it('parses quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""\nthere"\r\n1,2,3')).toEqual([
      ['a', 'b, c', 'say "hi"\nthere'],
      ['1', '2', '3'],
    ]);
  });

  it('stores plain decimals from CSV as numbers, other text as text', () => {
    const grid = gridFromCsv('1.1,"0,78",8.5\n');
    expect(grid.cells[0]!.map((c) => [c.value, c.kind])).toEqual([
      [1.1, 'number'],
      ['0,78', 'string'],
      [8.5, 'number'],
    ]);
  });
});
