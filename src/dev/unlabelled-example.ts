import type { ExampleWorkbookSpec, SpecValue } from './xlsx-to-spec';

/** The workbook name the playground lists it under (and the pane's header shows). */
const UNLABELLED_NAME = 'daklak-2020-phu-luc-i-cot-khong-ten.xlsx';

/**
 * None of examples/ has a header the reader cannot place, so the column-mapping form would never
 * show in the playground. This copies a score table and replaces its header row (the row holding
 * "STT") with labels nobody would recognise, keeping every other cell as it is.
 */
export function withUnlabelledHeader(spec: ExampleWorkbookSpec): ExampleWorkbookSpec {
  const copy = JSON.parse(JSON.stringify(spec)) as ExampleWorkbookSpec;
  const sheet = copy.sheets[0];
  if (!sheet) return copy;
  const headerRow = sheet.cells.findIndex((row) => row.some((v) => typeof v === 'string' && /^\s*STT\s*$/i.test(v)));
  if (headerRow >= 0) {
    sheet.cells[headerRow] = sheet.cells[headerRow]!.map((v, i): SpecValue => (v === null ? null : `(${i + 1})`));
  }
  return { ...copy, name: UNLABELLED_NAME };
}
