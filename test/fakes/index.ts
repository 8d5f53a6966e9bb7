/**
 * Fake Excel: an in-memory stand-in for the office.js members the adapter uses.
 *
 * Behaves like Excel where the adapter could go wrong:
 * - operations queue on proxies and run at context.sync(), in order; a sync that fails keeps what the
 *   operations before the failing one did and nothing after, and loaded values are readable only
 *   after a sync that succeeded (else PropertyNotLoaded); `fault` fails a chosen operation;
 * - Excel on the web's limits (Microsoft, "Resource limits and performance optimization for Office
 *   Add-ins"): a request over 5 MB is refused whole (RequestPayloadSizeLimitExceeded) and a response over
 *   5 MB is refused after the request ran (ResponsePayloadSizeLimitExceeded), measured as the UTF-8 JSON
 *   of what is sent and of the values loaded; getMergedAreasOrNullObject fails above 512 areas; saving
 *   document settings over 2 MB fails;
 * - date serials (1900 system) shown through date formats, and dates typed as text ("2023-12-15",
 *   "15/12/2023" in vi-VN) stored as serials with the locale's short date format;
 * - a 2-D array must match the range (one scalar fills every cell); null leaves a cell unchanged;
 *   written strings are read as if typed ("=..." formula, "1.10" number, "'" forces text, "+x"/"-x"/"@x"
 *   formula) unless the cell's number format is '@';
 * - merged areas (hidden cells refuse content, merge keeps the upper-left value, clear All/Formats
 *   unmerges), protected sheets refuse writes and a protected workbook refuses sheet changes
 *   (AccessDenied), sheet-name rules, and the last visible sheet;
 * - displayed text uses the workbook locale (vi-VN: "1,50" for 1.5 in '0.00');
 * - stats count round trips, request and response bytes; latencyMs delays each sync.
 * Formulas: see formula.ts for what is evaluated (HYPERLINK included: its value is the display
 * text); unsupported ones keep their previous value. A formula over 8,192 characters, or with a text
 * constant over 255, is refused (InvalidArgument) as Excel refuses it.
 * A sheet rename rewrites the workbook's formulas that refer to it, as Excel does (rename.ts).
 * Deliberate limits: no row/column insert or delete, and formatting a range of more than 100 000 cells (a whole column) only touches cells
 * that already exist.
 */
export { createFakeWorkbook, FakeWorkbook } from './fake-excel';
export type { FakeSheetSpec, FakeWorkbookSpec, FakeSheetSnapshot, FakeWorkbookSnapshot, FakeCellFormatSnapshot } from './fake-excel';
export { installFakeOffice } from './office';
export type { FakeOfficeHandle, InstallOptions } from './office';
export { FakeOfficeError } from './errors';
export type { FakeErrorCode } from './errors';
export type { FakeStats } from './context';
export { displayText, formatNumber } from './number-format';
export type { FakeLocale } from './number-format';
