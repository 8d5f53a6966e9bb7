import type { UserEdits } from '../domain/api/plan';
import type { Params } from '../i18n/types';
import type { KeyedError } from '../i18n/keyed-error';

/**
 * An error the adapter raises on purpose, or an Office error translated for the user. It has the
 * KeyedError shape (messageKey + params) the task pane shows in the user's language; `detail` keeps
 * the technical text for support, so nothing is ever swallowed.
 */
export class ExcelAdapterError extends Error implements KeyedError {
  readonly messageKey: string;
  readonly params: Params;
  /** The OfficeExtension error code, when the error came from Excel. */
  readonly code: string | undefined;

  constructor(messageKey: string, params: Params = {}, detail?: string, code?: string) {
    super(detail ?? messageKey);
    this.name = 'ExcelAdapterError';
    this.messageKey = messageKey;
    this.params = params;
    this.code = code;
  }
}

/**
 * A write stopped before changing anything because it would overwrite or delete what a user typed
 * into the tool's cells; `found` names them, so the pane can ask whether to keep or overwrite.
 */
export class UserEditsFoundError extends ExcelAdapterError {
  constructor(readonly found: UserEdits) {
    super(found.certain ? 'excel.error.userEdits' : 'excel.error.userEditsUnsure', {
      count: found.edits.length,
      cells: found.edits.map((e) => `${e.sheet}!${e.cell}`).join(', '),
    });
    this.name = 'UserEditsFoundError';
  }
}

/** Office error codes we can explain; anything else is reported as a generic Excel error with its code. */
const KNOWN_CODES: Readonly<Record<string, string>> = {
  AccessDenied: 'excel.error.accessDenied',
  ApiNotFound: 'excel.error.apiNotFound',
  Conflict: 'excel.error.conflict',
  FilteredRangeConflict: 'excel.error.filteredRange',
  GeneralException: 'excel.error.general',
  InactiveWorkbook: 'excel.error.inactiveWorkbook',
  InsertDeleteConflict: 'excel.error.conflict',
  InvalidArgument: 'excel.error.invalidArgument',
  InvalidOperation: 'excel.error.invalidOperation',
  InvalidOperationInCellEditMode: 'excel.error.cellEditMode',
  InvalidReference: 'excel.error.invalidReference',
  InvalidSelection: 'excel.error.invalidSelection',
  ItemAlreadyExists: 'excel.error.itemAlreadyExists',
  ItemNotFound: 'excel.error.itemNotFound',
  MergedRangeConflict: 'excel.error.mergedRange',
  NotImplemented: 'excel.error.apiNotFound',
  UnsupportedFeature: 'excel.error.apiNotFound',
  UnsupportedOperation: 'excel.error.invalidOperation',
  UnsupportedSheet: 'excel.error.unsupportedSheet',
  RangeExceedsLimit: 'excel.error.tooLarge',
  OperationCellsExceedLimit: 'excel.error.tooLarge',
  RequestPayloadSizeLimitExceeded: 'excel.error.payloadTooLarge',
  ResponsePayloadSizeLimitExceeded: 'excel.error.responseTooLarge',
  RequestAborted: 'excel.error.aborted',
  ActivityLimitReached: 'excel.error.busy',
  ServiceNotAvailable: 'excel.error.busy',
  InvalidObjectPath: 'excel.error.invalidReference',
};

interface OfficeLikeError {
  readonly code: string;
  readonly message?: string;
  readonly debugInfo?: { readonly code?: string; readonly message?: string; readonly errorLocation?: string };
}

function isOfficeLikeError(error: unknown): error is OfficeLikeError {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string';
}

/** The text support needs: code, message and where Excel says it failed. */
function technicalDetail(error: OfficeLikeError): string {
  const parts = [error.code, error.message ?? ''];
  const location = error.debugInfo?.errorLocation;
  if (location) parts.push(`(${location})`);
  return parts.filter((p) => p !== '').join(': ');
}

/**
 * Turns anything thrown while talking to Excel into an ExcelAdapterError. Errors that already carry
 * a message key pass through unchanged; plain programming errors are kept as they are (the pane
 * shows them as unexpected, with their text), never hidden.
 */
export function toAdapterError(error: unknown): unknown {
  if (error instanceof ExcelAdapterError) return error;
  if (isOfficeLikeError(error)) {
    const key = KNOWN_CODES[error.code] ?? 'excel.error.unknown';
    return new ExcelAdapterError(key, { code: error.code }, technicalDetail(error), error.code);
  }
  return error;
}

/** Runs an Excel operation and rethrows any failure as a translated error. */
export async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAdapterError(error);
  }
}
