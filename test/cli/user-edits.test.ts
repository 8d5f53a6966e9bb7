import { execFileSync } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { columnLetter } from '../../src/domain/address';
import { serializeMarker } from '../../src/domain/plan/marker';
import { MARKER_SHEET, type OwnershipMarker } from '../../src/domain/plan/types';
import { readMarker } from '../../src/xlsx/read';

const PHU_LUC_I = join(__dirname, '..', '..', 'examples', 'daklak-2020-phu-luc-i.xlsx');
const TABLE = 'Phụ lục I';
const SUMMARY = 'PAR - Tổng hợp';
const NOTE = 'Đã hỏi lại Sở Nội vụ ngày 3/12: chờ văn bản bổ sung';
const SUMMARY_LINE = 'Ý kiến tổ thẩm định: thống nhất';

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function score(input: string, output: string, ...extra: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['score', input, '-o', output, ...extra], { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

/** The notes column (the tool's last column) and its first empty cell below the header. */
function emptyNoteCell(wb: ExcelJS.Workbook, marker: OwnershipMarker): string {
  const ws = wb.getWorksheet(TABLE)!;
  const col = Math.max(...marker.tableColumns);
  expect(ws.getCell(marker.tableRows!.first + 1, col + 1).value).toBe('Ghi chú kiểm tra');
  for (let row = marker.tableRows!.first + 1; row <= marker.tableRows!.last; row++) {
    const cell = ws.getCell(row + 1, col + 1);
    if (cell.value === null) return `${columnLetter(col)}${row + 1}`;
  }
  throw new Error('no empty note cell');
}

/** A scored copy in which the officer typed a note in the tool's column and a line on its summary sheet. */
async function editedCopy(dir: string): Promise<{ edited: string; noteCell: string; summaryCell: string }> {
  const first = join(dir, 'first.xlsx');
  expect((await score(PHU_LUC_I, first)).code).toBe(0);
  const wb = await load(first);
  const marker = readMarker(wb)!;
  expect(marker.written?.length).toBeGreaterThan(0);
  const noteCell = emptyNoteCell(wb, marker);
  wb.getWorksheet(TABLE)!.getCell(noteCell).value = NOTE;
  const summary = wb.getWorksheet(SUMMARY)!;
  const summaryCell = `A${summary.rowCount + 2}`;
  summary.getCell(summaryCell).value = SUMMARY_LINE;
  const edited = join(dir, 'edited.xlsx');
  await wb.xlsx.writeFile(edited);
  return { edited, noteCell, summaryCell };
}

describe('score again over what the officer typed into the tool’s cells', () => {
  it('stops with exit 2, names both cells and writes nothing when no choice is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-edits-'));
    const { edited, noteCell, summaryCell } = await editedCopy(dir);
    const output = join(dir, 'second.xlsx');
    const run = await score(edited, output);
    expect(run.code).toBe(2);
    expect(run.err).toContain('--user-edits keep');
    expect(run.err).toContain(`ô ${TABLE}!${noteCell}`);
    expect(run.err).toContain(`ô ${SUMMARY}!${summaryCell}`);
    // Only the two typed cells: the tool's own output is recognised from the marker's fingerprints.
    expect(run.err.match(/^\s+- ô /gm)).toHaveLength(2);
    expect(run.err).not.toContain('phiên bản cũ');
    await expect(load(output)).rejects.toThrow();
  });

  it('names the cells in English too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-edits-'));
    const { edited, noteCell } = await editedCopy(dir);
    const run = await score(edited, join(dir, 'second.xlsx'), '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.err).toContain(`cell ${TABLE}!${noteCell}`);
  });

  it('keeps the note and the summary line with --user-edits keep, and asks again next time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-edits-'));
    const { edited, noteCell, summaryCell } = await editedCopy(dir);
    const second = join(dir, 'second.xlsx');
    const run = await score(edited, second, '--user-edits', 'keep');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`${TABLE}!${noteCell}`);
    const wb = await load(second);
    expect(wb.getWorksheet(TABLE)!.getCell(noteCell).value).toBe(NOTE);
    expect(wb.getWorksheet(SUMMARY)!.getCell(summaryCell).value).toBe(SUMMARY_LINE);
    // The rest of the summary is still the tool's.
    expect(wb.getWorksheet(SUMMARY)!.getCell('A1').value).not.toBeNull();
    const third = await score(second, join(dir, 'third.xlsx'));
    expect(third.code).toBe(2);
    expect(third.err).toContain(`${TABLE}!${noteCell}`);
  });

  it('keeps them as another reader sees them: openpyxl reads the note, the line and the tool’s output around them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-edits-'));
    const { edited, noteCell, summaryCell } = await editedCopy(dir);
    const second = join(dir, 'second.xlsx');
    expect((await score(edited, second, '--user-edits', 'keep')).code).toBe(0);
    const marker = readMarker(await load(second))!;
    const notesColumn = columnLetter(Math.max(...marker.tableColumns));
    const headerCell = `${notesColumn}${marker.tableRows!.first + 1}`;
    // Debian's python3, where openpyxl is installed (.ci/run): a reader that shares no code with ours.
    const script = [
      'import json, sys',
      'from openpyxl import load_workbook',
      'wb = load_workbook(sys.argv[1])',
      'table, summary = wb[sys.argv[2]], wb[sys.argv[3]]',
      'print(json.dumps({"note": table[sys.argv[4]].value, "header": table[sys.argv[5]].value,',
      '  "line": summary[sys.argv[6]].value, "title": summary["A1"].value,',
      '  "states": {ws.title: ws.sheet_state for ws in wb.worksheets}}))',
    ].join('\n');
    const seen = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, second, TABLE, SUMMARY, noteCell, headerCell, summaryCell], { encoding: 'utf8' })) as {
      note: unknown;
      header: unknown;
      line: unknown;
      title: unknown;
      states: Record<string, string>;
    };
    expect(noteCell.startsWith(notesColumn)).toBe(true);
    expect(seen.note).toBe(NOTE);
    expect(seen.header).toBe('Ghi chú kiểm tra');
    expect(seen.line).toBe(SUMMARY_LINE);
    expect(typeof seen.title).toBe('string');
    expect(seen.title).not.toBe(SUMMARY_LINE);
    expect(seen.states[SUMMARY]).toBe('visible');
    expect(seen.states[MARKER_SHEET]).toBe('veryHidden');
  });

  it('replaces them with --user-edits overwrite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-edits-'));
    const { edited, noteCell, summaryCell } = await editedCopy(dir);
    const second = join(dir, 'second.xlsx');
    expect((await score(edited, second, '--user-edits', 'overwrite')).code).toBe(0);
    const wb = await load(second);
    expect(wb.getWorksheet(TABLE)!.getCell(noteCell).value).toBeNull();
    expect(wb.getWorksheet(SUMMARY)!.getCell(summaryCell).value).toBeNull();
    // Nothing typed over the tool's cells any more: a plain re-run goes through.
    expect((await score(second, join(dir, 'third.xlsx'))).code).toBe(0);
  });

  it('re-runs an untouched scored copy without asking', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-edits-'));
    const first = join(dir, 'first.xlsx');
    expect((await score(PHU_LUC_I, first)).code).toBe(0);
    expect((await score(first, join(dir, 'second.xlsx'))).code).toBe(0);
  });

  it('treats a marker without fingerprints conservatively and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-edits-'));
    const { edited, noteCell } = await editedCopy(dir);
    const wb = await load(edited);
    const { written: _dropped, ...older } = readMarker(wb)!;
    wb.getWorksheet(MARKER_SHEET)!.getCell('A1').value = serializeMarker(older);
    const oldMarker = join(dir, 'old-marker.xlsx');
    await wb.xlsx.writeFile(oldMarker);
    const run = await score(oldMarker, join(dir, 'second.xlsx'));
    expect(run.code).toBe(2);
    expect(run.err).toContain(`ô ${TABLE}!${noteCell}`);
    expect(run.err).toContain('phiên bản cũ');
  });

  it('refuses an unknown choice', async () => {
    const run = await score(PHU_LUC_I, join(mkdtempSync(join(tmpdir(), 'par-edits-')), 'x.xlsx'), '--user-edits', 'maybe');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--user-edits');
  });
});
