/**
 * Which optional Excel APIs the host offers, asked once per operation at run time. The manifest
 * requires ExcelApi 1.7 (Excel 2019 and later, Microsoft 365, Excel on the web); what came after it
 * is used only where the host says it has it.
 */
export interface Capabilities {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): without it the reader fills down by heuristic. */
  readonly mergedAreas: boolean;
  /** Application.suspendScreenUpdatingUntilNextSync (ExcelApi 1.9). */
  readonly suspendScreenUpdating: boolean;
  /** Application.calculationMode read and write (ExcelApi 1.8). */
  readonly calculationMode: boolean;
  /** Runtime.enableEvents (ExcelApi 1.8). */
  readonly events: boolean;
  /** Range.hyperlink (ExcelApi 1.7): only for the links a HYPERLINK formula cannot carry (encode.ts, linkFormula). */
  readonly hyperlinks: boolean;
  /** Worksheet.visibility including VeryHidden (ExcelApi 1.2). */
  readonly visibility: boolean;
  /** Workbook.protection (ExcelApi 1.7): a protected structure refuses adding or deleting sheets. */
  readonly workbookProtection: boolean;
  /** Workbook.name (ExcelApi 1.7). */
  readonly workbookName: boolean;
  /** Range.conditionalFormats (ExcelApi 1.6): older hosts get the columns without colours. */
  readonly conditionalFormats: boolean;
  /** Worksheet.freezePanes (ExcelApi 1.7). */
  readonly freezePanes: boolean;
  /** Range.copyFrom (ExcelApi 1.9): a re-run keeps the tool's previous table cells to put back on failure. */
  readonly copyFrom: boolean;
  /** Worksheet.shapes (ExcelApi 1.9): shapes and pictures a user put on the tool's sheets. */
  readonly shapes: boolean;
  /** Worksheet.comments (ExcelApi 1.10): threaded comments a user put on the tool's sheets. */
  readonly comments: boolean;
  /** Worksheet.notes (ExcelApi 1.18): notes a user put on the tool's sheets. */
  readonly notes: boolean;
}

export const NO_CAPABILITIES: Capabilities = Object.freeze({
  mergedAreas: false,
  suspendScreenUpdating: false,
  calculationMode: false,
  events: false,
  hyperlinks: false,
  visibility: false,
  workbookProtection: false,
  workbookName: false,
  conditionalFormats: false,
  freezePanes: false,
  copyFrom: false,
  shapes: false,
  comments: false,
  notes: false,
});

type Requirements = { isSetSupported(name: string, minVersion?: string): boolean };

function requirements(): Requirements | null {
  if (typeof Office === 'undefined') return null;
  const req = (Office as unknown as { context?: { requirements?: Requirements } }).context?.requirements;
  return req && typeof req.isSetSupported === 'function' ? req : null;
}

export function detectCapabilities(): Capabilities {
  const req = requirements();
  if (!req) return NO_CAPABILITIES;
  const excel = (version: string): boolean => {
    try {
      return req.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  return {
    mergedAreas: excel('1.13'),
    suspendScreenUpdating: excel('1.9'),
    calculationMode: excel('1.8'),
    events: excel('1.8'),
    hyperlinks: excel('1.7'),
    visibility: excel('1.2'),
    workbookProtection: excel('1.7'),
    workbookName: excel('1.7'),
    conditionalFormats: excel('1.6'),
    freezePanes: excel('1.7'),
    copyFrom: excel('1.9'),
    shapes: excel('1.9'),
    comments: excel('1.10'),
    notes: excel('1.18'),
  };
}
