/**
 * Writes one table the way a Sở Nội vụ officer types a plan's annex into Excel: title lines above
 * a (possibly two-row) header, merged cells where one criterion or agency spans several task rows,
 * and on request the header again before every area (as printed on every page), a recipients and
 * signature block under the table, and a sheet of notes before the table's sheet.
 */
import ExcelJS from 'exceljs';

export type CellValue = string | number | null | { readonly formula: string };

export interface DataRow {
  readonly cells: readonly CellValue[];
  /** An area row: bold, and where a repeated header goes before it. */
  readonly area?: boolean;
  /** Columns (0-based) whose cell spans this row and the next `n - 1` rows. */
  readonly mergeDown?: Readonly<Record<number, number>>;
}

export interface TableSpec {
  readonly sheet: string;
  /** Lines above the header (annex number, title, "Kèm theo Kế hoạch số …"). */
  readonly title: readonly string[];
  /** One or two header rows. */
  readonly header: readonly (readonly string[])[];
  /** Header cells merged across columns: [header row index, first col, last col]. */
  readonly headerAcross?: readonly (readonly [number, number, number])[];
  readonly rows: readonly DataRow[];
  readonly widths: readonly number[];
  /** Print the header again before every area row but the first, as the PDF does on each page. */
  readonly repeatHeader?: boolean;
  /** "Nơi nhận:" and the signature of the vice-chairman under the table. */
  readonly signature?: boolean;
  /** A sheet of notes (no table) before the table's sheet. */
  readonly notesSheetFirst?: boolean;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'Times New Roman';

function writeHeader(ws: ExcelJS.Worksheet, spec: TableSpec, at: number): number {
  spec.header.forEach((texts, i) => {
    const row = ws.getRow(at + i);
    texts.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      cell.value = text === '' ? null : text;
      cell.font = { name: FONT, bold: true, size: 12 };
      cell.border = BOX;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    });
  });
  const cols = spec.header[0]!.length;
  if (spec.header.length === 2) {
    // A column named in the top row only is one cell merged down over both header rows.
    for (let c = 0; c < cols; c++) {
      if (spec.header[1]![c] === '' && spec.header[0]![c] !== '') ws.mergeCells(at, c + 1, at + 1, c + 1);
    }
  }
  for (const [r, c1, c2] of spec.headerAcross ?? []) ws.mergeCells(at + r, c1 + 1, at + r, c2 + 1);
  return at + spec.header.length;
}

function writeSignature(ws: ExcelJS.Worksheet, at: number, cols: number): void {
  const right = Math.max(cols - 1, 3);
  const lines: readonly (readonly [string, string])[] = [
    ['Nơi nhận:', 'KT. CHỦ TỊCH'],
    ['- Bộ Nội vụ (b/c);', 'PHÓ CHỦ TỊCH'],
    ['- Các sở, ban, ngành cấp tỉnh;', ''],
    ['- UBND các huyện, thành phố;', ''],
    ['- Lưu: VT, NC.', ''],
    ['', ''],
    ['', 'Nguyễn Văn An'],
  ];
  lines.forEach(([left, sign], i) => {
    const row = ws.getRow(at + i);
    if (left !== '') row.getCell(2).value = left;
    if (sign !== '') {
      row.getCell(right).value = sign;
      row.getCell(right).font = { name: FONT, bold: true };
    }
  });
}

/** Adds the table's sheet (and the notes sheet before it, on request) to the workbook. */
export function addTable(wb: ExcelJS.Workbook, spec: TableSpec): void {
  if (spec.notesSheetFirst) {
    const notes = wb.addWorksheet('Hướng dẫn');
    notes.getCell('A1').value = 'Hướng dẫn cập nhật bảng theo dõi';
    notes.getCell('A2').value = 'Các đơn vị cập nhật tiến độ thực hiện vào bảng ở trang bên, gửi Sở Nội vụ trước ngày 15 hằng tháng.';
    notes.getCell('A3').value = 'Liên hệ: Phòng Cải cách hành chính, Sở Nội vụ.';
    notes.getColumn(1).width = 100;
  }
  const ws = wb.addWorksheet(spec.sheet);
  const cols = spec.header[0]!.length;
  let r = 1;
  for (const line of spec.title) {
    const cell = ws.getRow(r).getCell(1);
    cell.value = line === '' ? null : line;
    cell.font = { name: FONT, bold: true, size: 13 };
    cell.alignment = { horizontal: 'center', wrapText: true };
    ws.mergeCells(r, 1, r, cols);
    r++;
  }
  r++;
  r = writeHeader(ws, spec, r);
  let first = true;
  // Cells under a merge from above: written to, they would overwrite the merged area's value.
  const covered = new Set<string>();
  for (const data of spec.rows) {
    if (data.area && spec.repeatHeader && !first) r = writeHeader(ws, spec, r);
    if (data.area) first = false;
    const row = ws.getRow(r);
    data.cells.forEach((value, c) => {
      if (covered.has(`${r}:${c}`)) return;
      const cell = row.getCell(c + 1);
      cell.value = value === '' ? null : value;
      cell.border = BOX;
      cell.font = { name: FONT, size: 12, bold: data.area === true };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 0 ? 'center' : 'left' };
    });
    for (const [col, span] of Object.entries(data.mergeDown ?? {})) {
      if (span <= 1) continue;
      ws.mergeCells(r, Number(col) + 1, r + span - 1, Number(col) + 1);
      for (let k = 1; k < span; k++) covered.add(`${r + k}:${col}`);
    }
    r++;
  }
  if (spec.signature) writeSignature(ws, r + 1, cols);
  spec.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Codes are typed as text ("1.10" stays "1.10").
  ws.getColumn(1).numFmt = '@';
}
