import { cellAt, type Grid } from '../../domain/api/cells';
import { CellFactory } from './cells';
import { PackageError } from './errors';
import { elementsOf, hasType, relationshipsOf, relsPartOf, requirePart, scanPart, SMALL_PART_LIMIT, smallPartText } from './parts';
import { sharedStringsScanner } from './shared-strings';
import { DEFAULT_LIMITS, sheetScanner, type SheetLimits } from './sheet';
import { numberFormatsOf, type NumberFormats } from './styles';
import { ZipArchive } from '../zip/archive';

type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  readonly name: string;
  readonly state: SheetState;
  /** Worksheets hold cells; chart sheets and dialog sheets do not, but their names are taken. */
  readonly kind: 'worksheet' | 'other';
  /** The sheet's part in the package; null when the workbook names a part it does not hold. */
  readonly part: string | null;
}

const WORKBOOK_ELEMENTS = new Set(['sheet', 'workbookPr']);

function stateOf(value: string | undefined): SheetState {
  return value === 'hidden' || value === 'veryHidden' ? value : 'visible';
}

/** An attribute by local name, whatever prefix the writer bound to the relationships namespace ("r:id"). */
function relationshipId(attrs: Readonly<Record<string, string>>): string | undefined {
  for (const [name, value] of Object.entries(attrs)) if (name.endsWith(':id')) return value;
  return undefined;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

interface WorkbookLayout {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly stylesPart: string | null;
  readonly stringsPart: string | null;
}

/** Where the workbook part is, its sheets, and the parts every sheet's cells refer to. */
async function layoutOf(zip: ZipArchive): Promise<WorkbookLayout> {
  const office = (await relationshipsOf(zip, '')).find((r) => hasType(r, 'officeDocument') && r.part !== null);
  // A package without the relationship is still read if its workbook sits where every writer puts it.
  const workbookPart = office?.part ?? 'xl/workbook.xml';
  const workbookText = await smallPartText(zip, requirePart(zip, workbookPart), SMALL_PART_LIMIT);
  const elements = elementsOf(workbookText, workbookPart, WORKBOOK_ELEMENTS);
  const rels = await relationshipsOf(zip, workbookPart);
  // A part the workbook names but the package lacks is damage, said as such rather than read as an
  // empty workbook (ECMA-376 Part 2: every relationship's internal target is a part of the package).
  if (rels.length === 0 && elements.some((e) => e.name === 'sheet')) throw new PackageError('missing-part', { part: relsPartOf(workbookPart) });
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = elements
    .filter((e) => e.name === 'sheet')
    .map((e): SheetEntry => {
      const rel = byId.get(relationshipId(e.attrs) ?? '');
      const part = rel?.part ?? null;
      if (rel && hasType(rel, 'worksheet') && part !== null && !zip.entry(part)) throw new PackageError('missing-part', { part });
      return {
        name: e.attrs.name ?? '',
        state: stateOf(e.attrs.state),
        kind: rel && hasType(rel, 'worksheet') ? 'worksheet' : 'other',
        part: part !== null && zip.entry(part) ? part : null,
      };
    });
  if (sheets.length === 0) throw new PackageError('no-sheets');
  return {
    workbookPart,
    sheets,
    date1904: elements.some((e) => e.name === 'workbookPr' && isTrue(e.attrs.date1904)),
    stylesPart: rels.find((r) => hasType(r, 'styles'))?.part ?? null,
    stringsPart: rels.find((r) => hasType(r, 'sharedStrings'))?.part ?? null,
  };
}

/**
 * A workbook package opened for reading: the sheet list at once, and each sheet's grid only when
 * asked for (with the shared strings and number formats it needs, read once).
 */
export class XlsxPackage {
  readonly sheets: readonly SheetEntry[];
  /** Serial dates count from 1904-01-01 (ECMA-376 Part 1, 18.2.28 workbookPr date1904). */
  readonly date1904: boolean;
  readonly workbookPart: string;
  private readonly stylesPart: string | null;
  private readonly stringsPart: string | null;
  private cellFactory: CellFactory | null = null;
  /** The shared strings by index, once a sheet's cells have needed them. */
  private strings: readonly string[] | null = null;

  private constructor(
    private readonly zip: ZipArchive,
    private readonly limits: SheetLimits,
    layout: WorkbookLayout,
  ) {
    this.workbookPart = layout.workbookPart;
    this.sheets = layout.sheets;
    this.date1904 = layout.date1904;
    this.stylesPart = layout.stylesPart;
    this.stringsPart = layout.stringsPart;
  }

  /**
   * `keepTexts`: the package will be written next (`score`): the parts read are kept as text in its
   * archive for the writer (see ZipArchive.keepTexts).
   */
  static async open(data: Uint8Array, limits: SheetLimits = DEFAULT_LIMITS, keepTexts = false): Promise<XlsxPackage> {
    const zip = new ZipArchive(data);
    if (keepTexts) zip.keepTexts();
    return new XlsxPackage(zip, limits, await layoutOf(zip));
  }

  /** The package's zip archive, for a writer applying changes to the package just read. */
  get archive(): ZipArchive {
    return this.zip;
  }

  /**
   * The shared strings as decoded for the grids read so far, by index (null before any grid): the
   * very string objects the grids' cells hold, which a writer's index of the same texts can use as
   * its keys (see sharedStringIndex).
   */
  get sharedStrings(): readonly string[] | null {
    return this.strings;
  }

  /** Worksheets, in tab order. */
  worksheets(): SheetEntry[] {
    return this.sheets.filter((s) => s.kind === 'worksheet');
  }

  sheet(name: string): SheetEntry | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private async cells(): Promise<CellFactory> {
    if (this.cellFactory) return this.cellFactory;
    const strings: string[] = [];
    const stringsEntry = this.stringsPart === null ? undefined : requirePart(this.zip, this.stringsPart);
    if (stringsEntry) await scanPart(this.zip, stringsEntry, sharedStringsScanner(stringsEntry.name, strings));
    const stylesEntry = this.stylesPart === null ? undefined : requirePart(this.zip, this.stylesPart);
    const formats: NumberFormats = stylesEntry ? numberFormatsOf(await smallPartText(this.zip, stylesEntry, SMALL_PART_LIMIT), stylesEntry.name) : [];
    this.strings = strings;
    this.cellFactory = new CellFactory(strings, formats, this.date1904);
    return this.cellFactory;
  }

  /**
   * The sheet as the plain grid the domain reads, parsed afresh on every call (a grid is not kept:
   * a folder check reads many workbooks). An empty grid for a sheet without cells.
   */
  async grid(name: string): Promise<Grid> {
    const entry = this.sheet(name);
    if (!entry?.part || entry.kind !== 'worksheet') return { sheet: name, originRow: 0, originCol: 0, cells: [], merges: [], mergesKnown: true };
    const part = requirePart(this.zip, entry.part);
    const { scanner, finish } = sheetScanner(entry.name, part.name, await this.cells(), this.limits);
    await scanPart(this.zip, part, scanner);
    return finish();
  }

  /**
   * The texts down one column of a small sheet (the marker sheet's column A), from the first row to
   * the first cell that holds no text.
   */
  async columnTexts(name: string, col: number): Promise<string[]> {
    const grid = await this.grid(name);
    const out: string[] = [];
    for (let row = 0; ; row++) {
      const cell = cellAt(grid, row, col);
      if (cell.kind !== 'string' || cell.text === '') return out;
      out.push(cell.text);
    }
  }

}
