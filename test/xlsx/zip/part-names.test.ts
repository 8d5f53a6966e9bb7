import { strToU8, unzipSync, zipSync } from 'fflate';
import { OpcPackage, resolveTarget } from '../../../src/xlsx/package/package';
import { PackageError } from '../../../src/xlsx/read/errors';
import { ZipArchive } from '../../../src/xlsx/zip/archive';
import { partNameKey } from '../../../src/xlsx/zip/part-name';

/*
 * Part names with spaces or Vietnamese letters: a part name is a URI or an IRI (ECMA-376 Part 2,
 * "Part Names"), percent-encoded in its URI form, and a relationship target or a zip item name may
 * spell the same part either way.
 */
describe('part names spelled percent-encoded or not', () => {
  const zip = zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/worksheets/Trang%201.xml': strToU8('<worksheet/>'),
    'xl/media/Ảnh đoàn.png': new Uint8Array([137, 80, 78, 71]),
  });

  it('finds a percent-encoded zip item by its decoded name, and a raw UTF-8 one by its encoded name', () => {
    const archive = new ZipArchive(zip);
    expect(archive.entry('xl/worksheets/Trang 1.xml')?.name).toBe('xl/worksheets/Trang%201.xml');
    expect(archive.entry('/XL/worksheets/trang%201.xml')?.name).toBe('xl/worksheets/Trang%201.xml');
    expect(archive.entry('xl/media/%E1%BA%A2nh%20%C4%91o%C3%A0n.png')?.name).toBe('xl/media/Ảnh đoàn.png');
  });

  it('writes a part edited under its decoded name back under the name as stored, in its place', () => {
    const pkg = new OpcPackage(zip);
    pkg.setText(resolveTarget('xl/workbook.xml', 'worksheets/Trang%201.xml'), '<worksheet><sheetData/></worksheet>');
    const files = unzipSync(pkg.toBytes());
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'xl/worksheets/Trang%201.xml', 'xl/media/Ảnh đoàn.png']);
    expect(Buffer.from(files['xl/worksheets/Trang%201.xml']!).toString()).toBe('<worksheet><sheetData/></worksheet>');
  });

  it('refuses two zip items that name one part', () => {
    const twice = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/a b.xml': strToU8('<a/>'), 'xl/a%20b.xml': strToU8('<b/>') });
    expect(() => new ZipArchive(twice)).toThrow(PackageError);
  });

  it('keeps a "%" that starts no escape as written instead of throwing', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/100%sheet.xml')).toBe('xl/worksheets/100%sheet.xml');
    expect(resolveTarget('xl/workbook.xml', 'media/%E1%BA%A2nh%ZZ.png')).toBe('xl/media/Ảnh%ZZ.png');
    expect(partNameKey('/xl/Media/%C3%%41.png')).toBe('xl/media/%c3%a.png');
  });
});
