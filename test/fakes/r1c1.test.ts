import { createFakeWorkbook } from '.';

describe('Range.formulasR1C1 in the fake', () => {
  it('reads one scalar relative to each cell, as Excel does', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [[1], [2], [3]] }] });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1:B3').formulasR1C1 = '=RC[-1]*2+R1C1' as unknown as unknown[][];
      await ctx.sync();
    });
    const s = fake.snapshot().sheets[0]!;
    expect(s.formulas.map((row) => row[1])).toEqual(['=A1*2+$A$1', '=A2*2+$A$1', '=A3*2+$A$1']);
    expect(s.values.map((row) => row[1])).toEqual([3, 5, 7]);
  });

  it('keeps strings and quoted names as they are and takes a 2-D array too', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [[1, 2]] }] });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2:B2').formulasR1C1 = [['="RC"&R[-1]C', "'=RC text"]];
      await ctx.sync();
    });
    const s = fake.snapshot().sheets[0]!;
    expect(s.formulas[1]).toEqual(['="RC"&A1', null]);
    expect(s.values[1]![1]).toBe('=RC text');
  });

  it('refuses a reference above the first row, keeping only what the request did before it', async () => {
    const fake = createFakeWorkbook({ sheets: [{ name: 'S', cells: [[1]] }] });
    const failure = await fake
      .run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('C1').values = [['x']];
        ws.getRange('B1').formulasR1C1 = [['=R[-1]C']];
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'InvalidArgument' });
    const s = fake.snapshot().sheets[0]!;
    expect(s.values).toEqual([[1, null, 'x']]);
    expect(s.formulas).toEqual([[null, null, null]]);
  });
});
