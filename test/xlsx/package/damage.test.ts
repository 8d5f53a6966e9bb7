import { strToU8 } from 'fflate';
import { OpcPackage } from '../../../src/xlsx/package/package';
import { entryBytes, MAX_EDITED_PART, readZip, ZipFormatError } from '../../../src/xlsx/package/zip';
import { rawZip } from '../raw-zip';

/* What the surgical writer refuses before it edits anything, each as a ZipFormatError the CLI words. */
const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const part = (name: string, text: string) => ({ name, data: strToU8(text) });

function failure(run: () => unknown): ZipFormatError {
  try {
    run();
  } catch (err) {
    if (err instanceof ZipFormatError) return err;
    throw err;
  }
  throw new Error('expected a ZipFormatError');
}

describe('the package writer on damaged packages', () => {
  it('refuses two entries with equivalent part names', () => {
    const bytes = rawZip([part('[Content_Types].xml', TYPES), part('xl/workbook.xml', '<workbook/>'), part('XL/WORKBOOK.XML', '<workbook/>')]);
    expect(failure(() => new OpcPackage(bytes)).message).toBe('part XL/WORKBOOK.XML appears twice');
  });

  it('requires a well-formed content types part before writing', () => {
    expect(() => new OpcPackage(rawZip([part('[Content_Types].xml', TYPES)])).requireContentTypes()).not.toThrow();
    for (const types of [undefined, '', '<Types><Default', '<Other/>']) {
      const pkg = new OpcPackage(rawZip([part('xl/workbook.xml', '<workbook/>'), ...(types === undefined ? [] : [part('[Content_Types].xml', types)])]));
      expect(failure(() => pkg.requireContentTypes()).message).toBe('no readable [Content_Types].xml');
    }
  });

  it('inflates no more than an entry states, and refuses data that disagrees with it', () => {
    const [entry] = readZip(rawZip([{ ...part('xl/sharedStrings.xml', '<sst>' + ' '.repeat(10_000) + '</sst>'), claimedSize: 100 }]));
    expect(failure(() => entryBytes(entry!)).message).toBe('xl/sharedStrings.xml: damaged data');
  });

  it('names a part too large to edit as one string, without inflating it', () => {
    const [entry] = readZip(rawZip([{ ...part('xl/worksheets/sheet1.xml', '<worksheet/>'), claimedSize: MAX_EDITED_PART + 1 }]));
    expect(failure(() => entryBytes(entry!)).tooLarge).toBe('xl/worksheets/sheet1.xml');
  });
});
