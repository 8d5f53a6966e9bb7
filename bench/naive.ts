/**
 * The baseline: how many add-in samples do it. One sync per row to read, float sums, one sync per
 * row to write. Lives in bench/ only and runs on the same fake Excel as the real adapter.
 *
 * It does the same job as "Check, then write the columns": for a score table each area row gets
 * the float sum of its criteria, the gap to the stated points and OK/Sai; for a task table each
 * task row gets OK or "Thiếu chủ trì" (no lead agency).
 */
export interface NaiveSummary {
  readonly rows: number;
  readonly mismatches: number;
}

type Cell = string | number | boolean | null;

function isArea(code: Cell): boolean {
  return typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code.trim()));
}

export async function naiveCheckAndWrite(context: Excel.RequestContext): Promise<NaiveSummary> {
  const ws = context.workbook.worksheets.getActiveWorksheet();
  const used = ws.getUsedRange(true);
  used.load('rowCount,columnCount');
  await context.sync();

  const rows: Cell[][] = [];
  for (let r = 0; r < used.rowCount; r++) {
    const range = ws.getRange(`A${r + 1}:G${r + 1}`);
    range.load('values');
    await context.sync();
    rows.push(range.values[0] as Cell[]);
  }

  const header = rows.findIndex((row) => String(row[0]).trim().toUpperCase() === 'STT');
  const isScore = rows[header]?.some((v) => /điểm/i.test(String(v))) ?? false;
  const out: Cell[][] = rows.map(() => ['', '', '']);
  let mismatches = 0;
  if (isScore) {
    // Float sums, as `total += value` does: no tolerance, no fixed-point.
    for (let r = header + 1; r < rows.length; r++) {
      if (!isArea(rows[r]![0]!)) continue;
      let sum = 0;
      for (let c = r + 1; c < rows.length && !isArea(rows[c]![0]!); c++) sum += Number(rows[c]![3]) || 0;
      const stated = Number(rows[r]![3]) || 0;
      const ok = sum === stated;
      if (!ok) mismatches++;
      out[r] = [sum, stated - sum, ok ? 'OK' : 'Sai'];
    }
  } else {
    for (let r = header + 1; r < rows.length; r++) {
      const ok = String(rows[r]![5] ?? '').trim() !== '';
      if (!ok) mismatches++;
      out[r] = ['', '', ok ? 'OK' : 'Thiếu chủ trì'];
    }
  }

  for (let r = header + 1; r < rows.length; r++) {
    ws.getRange(`H${r + 1}:J${r + 1}`).values = [out[r]!];
    await context.sync();
  }
  return { rows: rows.length - header - 1, mismatches };
}
