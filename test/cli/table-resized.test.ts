import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';

/*
 * A scored table edited the way officers edit it, by LibreOffice (scripts/corpus/make-edited.sh): a
 * row inserted inside area 1, which pushes the tool's cells below it down, its total row's formulas
 * included, past the rows the marker records; and a row deleted. A re-run once refused the inserted
 * one for good ("cell H111 already holds data", whatever --user-edits said). Now both stop as for a
 * user's edits, say that rows moved, and go on with --user-edits overwrite, keeping every cell of
 * the officer's as openpyxl reads it; the run after that finds nothing to ask.
 */

const EDITED = join(__dirname, '..', 'corpus', 'edited');
const CHECK = join(__dirname, '..', 'corpus', 'openpyxl_check.py');
const dir = mkdtempSync(join(tmpdir(), 'par-table-resized-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function score(input: string, output: string, ...extra: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['score', input, '-o', output, '--lang', 'en', ...extra], { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

const MOVED = "Rows were inserted into or deleted from the table since the last run, so the tool's cells below them moved too";

describe.each([
  ['phu-luc-i-scored-row-inserted.xlsx', 0, 'data rows 7–111'],
  // Criterion 2.4.2 is gone with its row: the table has errors now (exit 1), as it should.
  ['phu-luc-i-scored-row-deleted.xlsx', 1, 'data rows 7–109'],
])('a scored table with %s', (fixture, exit, rows) => {
  const input = join(EDITED, fixture);

  it('stops as for a user’s edits, saying rows moved, not as for a user’s data in the way', async () => {
    const run = await score(input, join(dir, `refused-${fixture}`));
    expect(run.code).toBe(2);
    expect(run.err).toContain("A user typed into");
    expect(run.err).toContain(MOVED);
    expect(run.err).not.toContain('already holds data');
  });

  it('is scored again with --user-edits overwrite, every cell of the officer’s kept, and the next run asks nothing', async () => {
    const output = join(dir, `overwritten-${fixture}`);
    const run = await score(input, output, '--user-edits', 'overwrite');
    expect([run.code, run.err]).toEqual([exit, '']);
    expect(run.out).toContain(rows);
    // Columns H:M (7-12) are the tool's; everything else is compared cell by cell, look included.
    const found = JSON.parse(execFileSync('/usr/bin/python3', [CHECK, input, output, 'Phụ lục I', '7,8,9,10,11,12'], { encoding: 'utf8' })) as Record<string, string[]>;
    // The tool's own sheets are rewritten by design: only the officer's table sheet is judged.
    expect(found[output]!.filter((p) => p.startsWith('Phụ lục I'))).toEqual([]);
    const again = await score(output, join(dir, `again-${fixture}`));
    expect([again.code, again.err]).toEqual([exit, '']);
  }, 60_000);
});
