/**
 * Builds the corpus of real layouts (test/corpus/*.xlsx): every table of the five source plans,
 * typed as a Sở Nội vụ officer would type it into Excel, plus one variant of each with the other
 * header words officers use, title and signature blocks, the header repeated before every area,
 * the other way of numbering areas, and a notes sheet before the table. The rows are embedded
 * (scripts/corpus/*.ts, the Đắk Lắk rows from scripts/build-examples.ts, the Hà Tĩnh 2024 rows
 * from the test fixture sample-tasks-004.csv): nothing outside this repository is read. Each
 * workbook's expectations are written by hand in test/corpus/expectations.ts. Run with
 * `npm run corpus`; the committed files are what the tests read. The tables typed by hand in
 * scripts/corpus/held-out.ts are written beside them (expectations in held-out.expectations.ts).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PHU_LUC_I, PHU_LUC_II, SCORE_LEAD_MERGES, TASK_MERGES } from './build-examples';
import { addTable, type CellValue, type DataRow, type TableSpec } from './corpus/sheet';
import { HA_TINH_2023, HA_TINH_2023_HEADER, HA_TINH_2023_LAST_ROW } from './corpus/ha-tinh-2023';
import { SON_LA_2023_HEADER_BOTTOM, SON_LA_2023_HEADER_TOP, SON_LA_2023_ROWS } from './corpus/son-la-2023';
import { VINH_PHUC_2024_HEADER, VINH_PHUC_2024_ROWS } from './corpus/vinh-phuc-2024';
import { VINH_PHUC_AREAS_2023 } from './corpus/vinh-phuc-areas';
import { addHandTable, HELD_OUT_TABLES, type HandTable } from './corpus/held-out';

const ROOT = join(__dirname, '..');
const OUT_DIR = join(ROOT, 'test', 'corpus');
const BUILD_DATE = new Date(Date.UTC(2024, 5, 13, 8, 0, 0));
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** Options every variant of a table may take. */
interface Variant {
  readonly headerWords: boolean;
  readonly decorated: boolean;
  readonly otherAreaNumbers: boolean;
}
const BASE: Variant = { headerWords: false, decorated: false, otherAreaNumbers: false };
const VARIANT: Variant = { headerWords: true, decorated: true, otherAreaNumbers: true };

function decorate(spec: TableSpec, v: Variant): TableSpec {
  if (!v.decorated) return spec;
  return { ...spec, repeatHeader: true, signature: true, notesSheetFirst: true };
}

/** Hà Tĩnh 2023, Phụ lục I: entries merged over their task rows, codes in the criterion cell. */
function haTinh2023(v: Variant): TableSpec {
  const rows: DataRow[] = [];
  HA_TINH_2023.forEach((area, a) => {
    rows.push({ cells: [v.otherAreaNumbers ? String(a + 1) : area.roman, area.name, '', '', '', ''], area: true });
    for (const entry of area.entries) {
      const last = entry === area.entries[area.entries.length - 1] && area.roman === 'VIII';
      const span = entry.tasks.length + (last ? 1 : 0);
      entry.tasks.forEach((task, i) => {
        const [text, lead, coordinating, deadline] = task;
        const mergeDown: Record<number, number> = {};
        if (i === 0) mergeDown[0] = span;
        if (i === 0) mergeDown[1] = entry.tasks.length;
        // A lead or deadline of null is merged with the one above: the first row spans them.
        const next = entry.tasks[i + 1];
        if (next && next[1] === null) mergeDown[3] = 2;
        if (next && next[3] === null) mergeDown[5] = 2;
        rows.push({
          cells: [i === 0 ? entry.stt : '', i === 0 ? entry.criterion : '', text, lead ?? '', coordinating, deadline ?? ''],
          mergeDown,
        });
      });
      if (last) {
        const r = HA_TINH_2023_LAST_ROW;
        rows.push({ cells: ['', r.criterion, r.task, r.lead, r.coordinating, r.deadline] });
      }
    }
  });
  const header: string[] = [...HA_TINH_2023_HEADER];
  if (v.headerWords) {
    header[3] = 'Cơ quan chủ trì';
    header[4] = 'Cơ quan phối hợp';
    header[5] = 'Thời gian hoàn thành';
  }
  return decorate(
    {
      sheet: 'Phụ lục I',
      title: ['PHỤ LỤC I', 'NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN CHỈ SỐ PAR INDEX NĂM 2023', '(Kèm theo Kế hoạch số       /KH-UBND ngày     /5/2023 của UBND tỉnh)'],
      header: [header],
      rows,
      widths: [6, 40, 60, 18, 22, 14],
    },
    v,
  );
}

/** Sơn La 2023: two-row header, areas "1 Lĩnh vực “…”", tasks lettered a, b, c. */
function sonLa2023(v: Variant): TableSpec {
  let area = 0;
  const rows: DataRow[] = SON_LA_2023_ROWS.map((cells) => {
    const isArea = /^\d$/.test(cells[0]);
    if (isArea) area++;
    const tt = isArea && v.otherAreaNumbers ? ROMAN[area - 1]! : cells[0];
    return { cells: [tt, ...cells.slice(1)], area: isArea };
  });
  const bottom: string[] = [...SON_LA_2023_HEADER_BOTTOM];
  if (v.headerWords) {
    bottom[2] = 'Chủ trì tham mưu';
    bottom[3] = 'Phối hợp';
  }
  return decorate(
    {
      sheet: 'Phụ lục',
      title: [
        'Phụ lục',
        'PHÂN CÔNG NHIỆM VỤ, GIẢI PHÁP DUY TRÌ, NÂNG CAO CHỈ SỐ CCHC NĂM 2023',
        '(Kèm theo Kế hoạch số       /KH-UBND ngày     /6/2023 của Chủ tịch Ủy ban nhân dân tỉnh Sơn La)',
      ],
      header: [[...SON_LA_2023_HEADER_TOP], bottom],
      headerAcross: [[0, 2, 3]],
      rows,
      widths: [6, 70, 24, 24, 16, 8],
    },
    v,
  );
}

/** Vĩnh Phúc 2024: codes in TT, blank TT cells under criterion rows 8.1, 8.2 and 8.4. */
function vinhPhuc2024(v: Variant): TableSpec {
  const rows: DataRow[] = VINH_PHUC_2024_ROWS.map((cells) => {
    const isArea = /^\d$/.test(cells[0]);
    const tt = isArea && v.otherAreaNumbers ? ROMAN[Number(cells[0]) - 1]! : cells[0];
    return { cells: [tt, ...cells.slice(1)], area: isArea };
  });
  const header: string[] = [...VINH_PHUC_2024_HEADER];
  if (v.headerWords) {
    header[3] = 'Đơn vị chủ trì, thực hiện';
    header[4] = 'Đơn vị phối hợp';
  }
  return decorate(
    {
      sheet: 'Phụ lục',
      title: [
        'PHỤ LỤC: NHIỆM VỤ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH VĨNH PHÚC NĂM 2024',
        '(Kèm theo Kế hoạch số: 152 /KH-UBND ngày 13 / 6 /2024 của UBND tỉnh)',
      ],
      header: [header],
      rows,
      widths: [8, 40, 60, 26, 24, 14],
    },
    v,
  );
}

/** A small CSV reader (quoted cells with commas and line breaks), enough for the fixture. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Hà Tĩnh 2024, Khung nhiệm vụ: the transcription leaves a cell blank where the printed one spans
 * the rows below it; here those cells are merged again (TT, objective, task, product, lead,
 * coordinating, deadline), within one numbered entry and never across an area row.
 */
function haTinh2024(v: Variant): TableSpec {
  const csv = parseCsv(readFileSync(join(ROOT, 'test', 'domain', 'table', 'fixtures', 'sample-tasks-004.csv'), 'utf8').replace(/^\uFEFF/, ''));
  const [header, ...data] = csv;
  const body = data.filter((r) => r.some((c) => c.trim() !== ''));
  const isArea = (r: readonly string[]): boolean => /^(?:[IVX]+|[AB])$/.test(r[0]!.trim());
  const MERGED = [0, 1, 2, 4, 5, 6, 7];
  const spans = body.map(() => ({}) as Record<number, number>);
  for (const col of MERGED) {
    let anchor = -1;
    body.forEach((r, i) => {
      if (isArea(r)) {
        anchor = -1;
        return;
      }
      const startsEntry = r[0]!.trim() !== '';
      if (startsEntry) anchor = -1;
      if (r[col]!.trim() !== '') anchor = i;
      else if (anchor >= 0) spans[anchor]![col] = i - anchor + 1;
    });
  }
  let area = 0;
  const rows: DataRow[] = body.map((r, i) => {
    const areaRow = isArea(r);
    const roman = /^[IVX]+$/.test(r[0]!.trim());
    if (roman) area++;
    const tt = roman && v.otherAreaNumbers ? String(area) : r[0]!;
    return { cells: [tt, ...r.slice(1)], area: roman, ...(areaRow ? {} : { mergeDown: spans[i]! }) };
  });
  const head = [...header!];
  if (v.headerWords) {
    head[5] = '5- Cơ quan chủ trì';
    head[6] = '6- Cơ quan phối hợp';
  }
  return decorate(
    {
      sheet: 'Khung nhiệm vụ',
      title: [
        'PHỤ LỤC',
        'KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2024',
        '(ban hành kèm theo Quyết định số       /QĐ-UBND ngày     /12/2023 của Chủ tịch UBND tỉnh)',
      ],
      header: [head],
      rows,
      widths: [6, 30, 30, 34, 20, 18, 22, 14, 12],
    },
    v,
  );
}

function points(text: string): CellValue {
  return text === '' ? null : Number(text);
}

/** Đắk Lắk 2020, Phụ lục I: the 2017-2020 score table. */
function dakLak2020I(v: Variant): TableSpec {
  const codes = PHU_LUC_I.map((r) => r[0]);
  // One lead cell the annex prints once for several leaves (examples' SCORE_LEAD_MERGES).
  const leadSpans = new Map(SCORE_LEAD_MERGES.map(([first, last]) => [first, codes.indexOf(last) - codes.indexOf(first) + 1] as const));
  const rows: DataRow[] = PHU_LUC_I.map(([code, name, max, score, target, lead]) => {
    const isArea = /^\d$/.test(code);
    const tt = isArea && v.otherAreaNumbers ? ROMAN[Number(code) - 1]! : code;
    const span = leadSpans.get(code);
    return { cells: [tt, name, points(max), points(score), points(target), lead], area: isArea, ...(span ? { mergeDown: { 5: span } } : {}) };
  });
  const header = ['STT', 'Tiêu chí/ tiêu chí thành phần', 'Điểm tối đa', 'Điểm đạt được năm 2019', v.headerWords ? 'Chỉ tiêu 2020' : 'Mục tiêu năm 2020', v.headerWords ? 'Cơ quan chủ trì' : 'Chủ trì tham mưu'];
  return decorate(
    {
      sheet: 'Phụ lục I',
      title: ['Phụ lục I', 'MỤC TIÊU PHẤN ĐẤU CHỈ SỐ PAR INDEX VÀ CHỈ SỐ SIPAS NĂM 2020'],
      header: [header],
      rows,
      widths: [7, 50, 10, 10, 10, 28],
    },
    v,
  );
}

/** Đắk Lắk 2020, Phụ lục II: the task table ("Chủ trì" leads, "Thực hiện" implements). */
function dakLak2020II(v: Variant): TableSpec {
  const texts = PHU_LUC_II.map((cells) => [...cells] as string[]);
  const spans = texts.map(() => ({}) as Record<number, number>);
  const index = new Map(texts.map((cells, i) => [cells[0]!, i] as const));
  // The agency and deadline cells the printed annex shares between rows (examples' TASK_MERGES,
  // 1-based columns): merged, with the text kept from whichever row prints it.
  for (const [first, last, c1, c2] of TASK_MERGES) {
    const top = index.get(first)!;
    const bottom = index.get(last)!;
    for (let c = c1 - 1; c <= c2 - 1; c++) {
      const shared = texts.slice(top, bottom + 1).map((r) => r[c]!).find((t) => t !== '') ?? '';
      for (let r = top; r <= bottom; r++) texts[r]![c] = '';
      texts[top]![c] = shared;
      spans[top]![c] = bottom - top + 1;
    }
  }
  const rows: DataRow[] = texts.map((cells, i) => {
    const isArea = /^\d$/.test(cells[0]!);
    const tt = isArea && v.otherAreaNumbers ? ROMAN[Number(cells[0]) - 1]! : cells[0]!;
    return { cells: [tt, ...cells.slice(1)], area: isArea, mergeDown: spans[i]! };
  });
  const header = ['STT', 'Lĩnh vực', 'Sản phẩm', 'Yêu cầu chất lượng', 'Thời gian hoàn thành', v.headerWords ? 'Đơn vị chủ trì, thực hiện' : 'Chủ trì', v.headerWords ? 'Đơn vị phối hợp' : 'Thực hiện'];
  return decorate(
    {
      sheet: 'Phụ lục II',
      title: ['Phụ lục II', 'PHÂN CÔNG THỰC HIỆN KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAR INDEX VÀ CHỈ SỐ SIPAS NĂM 2020'],
      header: [header],
      rows,
      widths: [7, 40, 35, 40, 14, 20, 28],
    },
    v,
  );
}

/**
 * Vĩnh Phúc's 2023 results and 2024 targets by area (2022-2030 methodology), as the officer keeps
 * them. The variant types the total row's maximum as a SUM formula saved without its result (as a
 * program that does not calculate writes it); the uncalculated copy also area 8's score as
 * "=8.32+4.5", which only a recalculation can give.
 */
function vinhPhucAreas(v: Variant, uncalculated = false): TableSpec {
  const rows: DataRow[] = VINH_PHUC_AREAS_2023.map(([code, name, max, score, target, lead], i) => {
    const isArea = /^\d$/.test(code);
    const tt = isArea && v.otherAreaNumbers ? ROMAN[Number(code) - 1]! : code;
    let maxCell: CellValue = points(max);
    let scoreCell: CellValue = points(score);
    if (v.decorated && code === '') maxCell = { formula: `SUM(C${FIRST_AREA_ROW}:C${FIRST_AREA_ROW + i - 1})` };
    if (uncalculated && code === '8') scoreCell = { formula: '8.32+4.5' };
    return { cells: [tt, name, maxCell, scoreCell, points(target), lead], area: false };
  });
  return {
    sheet: 'Điểm theo lĩnh vực',
    title: ['KẾT QUẢ CHỈ SỐ CCHC NĂM 2023 VÀ MỤC TIÊU NĂM 2024 THEO LĨNH VỰC'],
    header: [['TT', 'Lĩnh vực', 'Điểm tối đa', 'Điểm năm 2023', v.headerWords ? 'Kế hoạch 2024' : 'Mục tiêu phấn đấu năm 2024', 'Cơ quan theo dõi, tham mưu (chủ trì)']],
    rows,
    widths: [6, 60, 10, 10, 12, 30],
    ...(v.decorated ? { signature: true, notesSheetFirst: true } : {}),
  };
}
/** Title line, blank line, header: the first area is on row 4. */
const FIRST_AREA_ROW = 4;

async function write(file: string, spec: TableSpec | HandTable): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sở Nội vụ';
  wb.created = BUILD_DATE;
  wb.modified = BUILD_DATE;
  if ('title' in spec) addTable(wb, spec);
  else addHandTable(wb, spec);
  // The zip entries carry the current time: pin them so an unchanged table rebuilds byte for byte.
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.forEach((_, entry) => {
    entry.date = BUILD_DATE;
  });
  const path = join(OUT_DIR, file);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  process.stdout.write(`${path}\n`);
}

const TABLES: readonly (readonly [string, (v: Variant) => TableSpec])[] = [
  ['ha-tinh-2023-phu-luc-i', haTinh2023],
  ['son-la-2023-phu-luc', sonLa2023],
  ['daklak-2020-phu-luc-i', dakLak2020I],
  ['daklak-2020-phu-luc-ii', dakLak2020II],
  ['vinh-phuc-2024-phu-luc', vinhPhuc2024],
  ['ha-tinh-2024-khung-nhiem-vu', haTinh2024],
  ['vinh-phuc-2023-diem-linh-vuc', vinhPhucAreas],
];

/** The layouts the first examples do not show, also offered in examples/ (listed in the README). */
export const EXAMPLE_TABLES: readonly string[] = ['ha-tinh-2023-phu-luc-i', 'son-la-2023-phu-luc', 'vinh-phuc-2024-phu-luc'];

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, build] of TABLES) {
    await write(`${name}.xlsx`, build(BASE));
    await write(`${name}.variant.xlsx`, build(VARIANT));
  }
  for (const table of HELD_OUT_TABLES) await write(`${table.name}.xlsx`, table);
  // Apart from the corpus: a recalculation changes its figures, which the corpus's tables must not need.
  mkdirSync(join(OUT_DIR, 'uncalculated'), { recursive: true });
  await write(join('uncalculated', 'vinh-phuc-2023-diem-linh-vuc.xlsx'), vinhPhucAreas(VARIANT, true));
  for (const name of EXAMPLE_TABLES) {
    copyFileSync(join(OUT_DIR, `${name}.xlsx`), join(ROOT, 'examples', `${name}.xlsx`));
    process.stdout.write(`${join(ROOT, 'examples', `${name}.xlsx`)}\n`);
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
