import { HELD_OUT } from './held-out.expectations';
import { analysisOf, checkReading, taskTextsByRow } from './reading';

/**
 * Tables typed by hand in layouts the source plans do not show (scripts/corpus/held-out.ts), read
 * against expectations worked out by hand from their cells: a second opinion on the reader beside
 * the seed tables.
 */
const byCell = (a: { cell: string; rule: string }, b: { cell: string; rule: string }): number =>
  a.cell.localeCompare(b.cell) || a.rule.localeCompare(b.rule);

describe.each(HELD_OUT.map((e) => [e.name, e] as const))('held-out table: %s', (_, e) => {
  it('reads with the roles, rows, codes and leads its cells give, and no false finding', async () => {
    const a = await analysisOf(`${e.name}.xlsx`);
    checkReading(a, e, e.headerRow, e.sheet);
    const found = a.findings.map((f) => ({ rule: f.rule, severity: f.severity, cell: f.cell, code: f.code }));
    expect([...found].sort(byCell)).toEqual([...e.findings].sort(byCell));
  });

  if (e.taskTexts) {
    const texts = e.taskTexts;
    it('keeps every word of the task, the lead cell\'s sentences included', async () => {
      const a = await analysisOf(`${e.name}.xlsx`);
      const tasks = taskTextsByRow(a);
      for (const [row, text] of Object.entries(texts)) expect([row, tasks.get(Number(row))]).toEqual([row, text]);
    });
  }
});
