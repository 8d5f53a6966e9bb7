import { strToU8 } from 'fflate';
import { OpcPackage } from '../../../src/xlsx/package/package';
import { PackageError } from '../../../src/xlsx/read/errors';
import { MAX_WHOLE_PART, ZipArchive } from '../../../src/xlsx/zip/archive';
import { ZipFormatError } from '../../../src/xlsx/zip/write';
import { rawZip } from '../raw-zip';

/* What the surgical writer refuses before it edits anything, each as an error the CLI words. */
const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const part = (name: string, text: string) => ({ name, data: strToU8(text) });

function failure<E extends Error>(kind: new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (err) {
    if (err instanceof kind) return err;
    throw err;
  }
  throw new Error(`expected a ${kind.name}`);
}

/** The one entry of a package, read by the zip reader the writer shares with `check`. */
function onlyEntry(bytes: Uint8Array) {
  const zip = new ZipArchive(bytes);
  return { zip, entry: zip.entries()[0]! };
}

describe('the package writer on damaged packages', () => {
  it('refuses two entries with equivalent part names', () => {
    const bytes = rawZip([part('[Content_Types].xml', TYPES), part('xl/workbook.xml', '<workbook/>'), part('XL/WORKBOOK.XML', '<workbook/>')]);
    const error = failure(PackageError, () => new OpcPackage(bytes));
    expect([error.problem, error.params]).toEqual(['duplicate-part', { part: 'XL/WORKBOOK.XML' }]);
  });

  it('requires a well-formed content types part before writing', () => {
    expect(() => new OpcPackage(rawZip([part('[Content_Types].xml', TYPES)])).requireContentTypes()).not.toThrow();
    for (const types of [undefined, '', '<Types><Default', '<Other/>']) {
      const pkg = new OpcPackage(rawZip([part('xl/workbook.xml', '<workbook/>'), ...(types === undefined ? [] : [part('[Content_Types].xml', types)])]));
      expect(failure(ZipFormatError, () => pkg.requireContentTypes()).message).toBe('no readable [Content_Types].xml');
    }
  });

  it('inflates no more than an entry states, and refuses data that disagrees with it', () => {
    const { zip, entry } = onlyEntry(rawZip([{ ...part('xl/sharedStrings.xml', '<sst>' + ' '.repeat(10_000) + '</sst>'), claimedSize: 100 }]));
    const error = failure(PackageError, () => zip.bytes(entry));
    expect([error.problem, error.params]).toEqual(['corrupt-part', { part: 'xl/sharedStrings.xml' }]);
  });

  it('names a part too large to edit as one string, without inflating it', () => {
    const { zip, entry } = onlyEntry(rawZip([{ ...part('xl/worksheets/sheet1.xml', '<worksheet/>'), claimedSize: MAX_WHOLE_PART + 1 }]));
    const error = failure(PackageError, () => zip.bytes(entry));
    expect([error.problem, error.params]).toEqual(['part-too-large', { part: 'xl/worksheets/sheet1.xml' }]);
  });
});
