import { readFileSync, statSync } from 'fs';
import { MARKER_SHEET } from '../../domain/api/workbook';
import type { OwnershipMarker } from '../../domain/api/marker';
import { PackageError } from './errors';
import { XlsxPackage } from './package';

export type WorkbookReadErrorReason = 'not-found' | 'not-a-file' | 'unreadable' | 'not-xlsx' | 'encrypted' | 'legacy-xls' | 'opendocument' | 'damaged';

/** Why a file could not be opened; the CLI turns the reason into a translated message. */
export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookReadErrorReason,
    readonly path: string,
    detail: string,
    /** For 'damaged': what is wrong inside the package, said in the user's language by the CLI. */
    readonly problem: PackageError | null = null,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'WorkbookReadError';
  }
}

/** Every .xlsx is a zip archive: checking the signature first gives a clear error for a .xls or a .csv. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Excel saves a password-protected .xlsx as an OLE compound file (the signature of the old .xls)
 * holding an "EncryptedPackage" stream: naming that case spares the user a puzzling "not an .xlsx".
 */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

function isOleFile(data: Uint8Array): boolean {
  return data.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((byte, i) => data[i] === byte);
}

export function isEncryptedOoxml(data: Uint8Array): boolean {
  return isOleFile(data) && Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(ENCRYPTED_STREAM) >= 0;
}

/**
 * An OpenDocument file (.ods, what LibreOffice saves by default) is a zip too, whose first entry is
 * its media type, stored as it is (OASIS OpenDocument 1.2 Part 3, §3.3): named so the user is told to
 * save it as .xlsx rather than that the file is damaged. The entry's name starts 30 bytes in, after
 * its local header (APPNOTE 4.3.7).
 */
const OPENDOCUMENT_HEAD = 'mimetypeapplication/vnd.oasis.opendocument.';

function isOpenDocument(data: Uint8Array): boolean {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1', 30, 30 + OPENDOCUMENT_HEAD.length) === OPENDOCUMENT_HEAD;
}

/**
 * The file's bytes, once it is known to be a zip package (not a folder, a .xls, a .csv or an encrypted workbook).
 * Read synchronously: the first use of fs.promises in a process costs ~3.5 ms CPU (against 0.1 ms for
 * reading an example workbook synchronously), a few percent of a `check` of a small workbook, and
 * nothing else runs while a command reads its workbook (check-dir reads one after the other).
 */
export async function readPackageBytes(path: string): Promise<Buffer> {
  let data: Buffer;
  try {
    if (!statSync(path).isFile()) throw new WorkbookReadError('not-a-file', path, 'not a file');
    data = readFileSync(path);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError('not-found', path, 'no such file');
    throw new WorkbookReadError('unreadable', path, (err as Error).message);
  }
  if (isEncryptedOoxml(data)) throw new WorkbookReadError('encrypted', path, 'the workbook is password-protected');
  // Any other compound file is an older Office format: Excel 97-2003's .xls, as officers' files often still are.
  if (isOleFile(data)) throw new WorkbookReadError('legacy-xls', path, 'an Excel 97-2003 (.xls) or other older Office file');
  if (data.length < 4 || ZIP_SIGNATURE.some((byte, i) => data[i] !== byte)) {
    throw new WorkbookReadError('not-xlsx', path, 'not an .xlsx workbook');
  }
  if (isOpenDocument(data)) throw new WorkbookReadError('opendocument', path, 'an OpenDocument file');
  return data;
}

/** What is wrong inside a package as a WorkbookReadError naming the file; null for any other error. */
export function packageReadError(path: string, err: unknown): WorkbookReadError | null {
  // A zip whose directory cannot be read is no workbook at all, as far as anyone can tell: the
  // same message as any other file that is not one. Problems inside a readable package are named.
  if (err instanceof PackageError && err.problem === 'truncated') return new WorkbookReadError('not-xlsx', path, err.message);
  if (err instanceof PackageError) return new WorkbookReadError('damaged', path, err.message, err);
  // JavaScript's own limits (a string or array too long for the engine) on a part that claims too much.
  if (err instanceof RangeError) return new WorkbookReadError('damaged', path, err.message, new PackageError('part-too-large', { part: '?' }));
  return null;
}

/** Runs a read of the package, turning what is wrong inside it into a WorkbookReadError naming the file. */
export async function inPackage<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    throw packageReadError(path, err) ?? err;
  }
}

/**
 * Opens the package: the sheet list is read now, sheets when asked for. `keepTexts`: the parts read
 * are kept for a writer (see XlsxPackage.open).
 */
export async function openPackage(path: string, keepTexts = false): Promise<XlsxPackage> {
  const data = await readPackageBytes(path);
  return inPackage(path, () => XlsxPackage.open(data, undefined, keepTexts));
}

/** The ownership marker stored down column A of the tool's very hidden sheet, or null. */
export async function packageMarker(pkg: XlsxPackage): Promise<OwnershipMarker | null> {
  if (!pkg.sheet(MARKER_SHEET)) return null;
  const pieces = await pkg.columnTexts(MARKER_SHEET, 0);
  if (pieces.length === 0) return null;
  // Loaded only for a workbook the tool wrote before: the schema library is not needed otherwise.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { markerText, parseMarker } = require('../../domain/api/marker') as typeof import('../../domain/api/marker');
  const text = markerText(pieces);
  return text === null ? null : parseMarker(text);
}
