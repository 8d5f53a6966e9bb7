/**
 * A pure description of what a run writes. Adapters (Office.js, exceljs) apply it; they decide
 * nothing. Coordinates are absolute 0-based.
 */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** #RRGGBB */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
}

export interface PlanCell {
  /** Written as a literal value. Text is always text, even when it starts with '=', '+', '-' or '@'. */
  readonly value?: string | number | boolean | null;
  /** A formula beginning with '=' (English function names, comma separators, A1 references). */
  readonly formula?: string;
  /** The value the formula computes now, cached so readers without a calc engine see it. */
  readonly cached?: string | number | boolean | null;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
  /** A link to another cell of the workbook. */
  readonly link?: { readonly sheet: string; readonly cell: string };
  /**
   * The formula's fingerprint at the cell's row (fingerprint.ts), when its maker knew it without
   * reading the formula (PatternPrints): the marker takes it as it is. Adapters write nothing of it.
   */
  readonly print?: string;
}

/** A rectangle of cells; null leaves a cell as it is. */
export interface PlanBlock {
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly (PlanCell | null)[])[];
  /**
   * The same rows as a description that makes each row's cells when asked (an agency sheet's task
   * lists), when the block has one: `cells` is then made from it on first use. An adapter that writes
   * row by row walks `rows` instead (eachBlockRow), so the cells of a long sheet never all live at once.
   */
  readonly rows?: PlanRows;
}

/** A block's rows, made one at a time: row(i) gives the same cells (by content) at every call. */
export interface PlanRows {
  /** How many rows, empty ones included. */
  readonly height: number;
  /** The block's width: its longest row (cells pads every row to it). */
  readonly width: number;
  /**
   * Rows from this one on make no cell (height when not known otherwise): a task table's tool
   * column writes its header and a few notes, and its 50,000 empty rows need not be looked at.
   */
  readonly filled?: number;
  /** Row i's cells from the block's first column, maybe shorter than width; asked in order, it is cheapest. */
  row(i: number): readonly (PlanCell | null)[];
}

type ConditionalRule =
  | { readonly type: 'cellIs'; readonly operator: 'lessThan' | 'greaterThan' | 'notEqual' | 'equal'; readonly formula: string }
  | { readonly type: 'textEquals'; readonly text: string };

export interface ConditionalFormat {
  /** A1 range on the plan sheet. */
  readonly range: string;
  readonly rule: ConditionalRule;
  readonly style: CellStyle;
}

/** 'criteria': a "Bộ tiêu chí" sheet made for the user, who owns it from then on (never in the marker). */
type PlanSheetRole = 'table' | 'summary' | 'agency' | 'criteria';

export interface PlanSheet {
  readonly name: string;
  readonly role: PlanSheetRole;
  /** True for sheets the tool creates (and owns whole); false for the user's table sheet. */
  readonly owned: boolean;
  readonly blocks: readonly PlanBlock[];
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
}

/**
 * Recorded in the workbook (a very hidden sheet, see MARKER_SHEET) so any later run, by the add-in
 * or the CLI, knows exactly what the tool wrote and may update or remove.
 */
export interface OwnershipMarker {
  readonly tool: 'par-scorer';
  readonly version: 1;
  /** The user's sheet that holds the table and the tool's columns. */
  readonly tableSheet: string | null;
  /** Absolute 0-based columns of tableSheet the tool owns (its output columns). */
  readonly tableColumns: readonly number[];
  /** Absolute 0-based rows span of those columns the tool wrote (inclusive). */
  readonly tableRows: { readonly first: number; readonly last: number } | null;
  /** Sheets the tool created and owns whole. */
  readonly sheets: readonly string[];
  /**
   * Fingerprints of what the tool wrote (see fingerprint.ts), one area per sheet, so a re-run can tell
   * a user's edit from the tool's own output. Markers written before it existed have none: every
   * change there is then treated as possibly the user's.
   */
  readonly written?: readonly WrittenArea[];
}

/** The fingerprints of one sheet's tool-written area; every cell outside it was left empty. */
export interface WrittenArea {
  readonly sheet: string;
  /** Top-left cell of the area, absolute 0-based. */
  readonly row: number;
  readonly col: number;
  /** One fingerprint column (encodeColumn) per column, from `col` rightwards. */
  readonly prints: readonly string[];
}

/** A cell a run leaves exactly as it is (a user's edit the user chose to keep). */
export interface KeptCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export const MARKER_SHEET = 'PAR_Scorer_meta';

/**
 * How an adapter applies a plan (both adapters must agree; a failed apply must leave the workbook as
 * it was, so adapters check everything first and write only after):
 * 0. Read the tool's cells the plan changes (areasToRead) and look for a user's edits there
 *    (findUserEdits); with any, stop unless the user chose: 'overwrite', or 'keep' (keepUserEdits,
 *    then every step below leaves the cells in `keep` exactly as they are).
 * 1. Delete every sheet in deleteSheets that exists.
 * 2. On marker.tableSheet, clear (values, formulas, formats) the cells of clearTableColumns over the
 *    previous marker's tableRows span, and the tool's own conditional formats there
 *    (ownsConditionalFormat): a user's format over those columns stays, in both adapters (the add-in
 *    reads the formats there before writing and clears the cells a user's format overlaps without
 *    clearing formats).
 * 3. For each plan sheet: an owned sheet is created, or, when it already exists (and the previous
 *    marker owns it), cleared whole and rewritten; the table sheet is written in place. Blocks are
 *    written as rectangles: values, formulas (with cached results where the format allows), number
 *    formats, styles, links; then column widths, conditional formats, freeze panes.
 * 4. The marker is stored as JSON text (serializeMarker), split by markerCells down column A from A1
 *    of the very hidden sheet MARKER_SHEET (created when missing; cells below the last piece
 *    cleared); when the marker owns nothing (a removal), that sheet is deleted instead.
 */
export interface WritePlan {
  readonly marker: OwnershipMarker;
  readonly sheets: readonly PlanSheet[];
  /** Owned sheets from the previous marker that this plan no longer produces: delete them. */
  readonly deleteSheets: readonly string[];
  /** Owned table columns from the previous marker that must be cleared (absolute 0-based). */
  readonly clearTableColumns: readonly number[];
  /**
   * Cells neither cleared nor written (a sheet holding one is not deleted either): the user's edits
   * in the tool's cells, kept by the user's choice. See keepUserEdits.
   */
  readonly keep?: readonly KeptCell[];
  /**
   * Set when the previous run's table sheet has been renamed since (renamed-table.ts): before step 0,
   * the writer renames that sheet in the marker it reads back (followRename), so the tool's cells
   * there are its own under the new name.
   */
  readonly renamedTable?: RenamedTable;
  /**
   * Set when the table now reaches below the last row the previous run recorded (rows inserted since,
   * grown-table.ts): the writer extends the marker it reads back to it (followGrowth), after
   * followRename, so the tool's cells pushed down there are its own.
   */
  readonly grownTable?: GrownTable;
}

/** The previous run's table sheet, under the name it had then (`from`) and the one it has now (`to`). */
export type { GrownTable } from './grown-table';
import type { GrownTable } from './grown-table';

export interface RenamedTable {
  readonly from: string;
  readonly to: string;
}

/** Why a plan cannot be applied without touching the user's data. */
export type PlanConflict =
  | { readonly reason: 'occupied-cell'; readonly sheet: string; readonly cell: string }
  /** The tool's columns would fall past the sheet's last column (XFD); cell is the table's last cell in that row. */
  | { readonly reason: 'no-room'; readonly sheet: string; readonly cell: string }
  | { readonly reason: 'sheet-name-taken'; readonly sheet: string };
