import { strToU8, unzipSync, zipSync } from 'fflate';
import { OpcPackage, relativeTarget, resolveTarget } from '../../../src/xlsx/package/package';
import { crc32, readZip, ZipFormatError } from '../../../src/xlsx/package/zip';

describe('the package zip', () => {
  const original = zipSync(
    {
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook>'.padEnd(5000, 'x')),
      'xl/media/image1.png': new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
    },
    { level: 9 },
  );

  it('copies every part it does not edit with its original compressed bytes', () => {
    const pkg = new OpcPackage(original);
    pkg.setText('xl/styles.xml', '<styleSheet/>');
    const written = pkg.toBytes();
    const before = new Map(readZip(original).map((e) => [e.name, e]));
    for (const entry of readZip(written)) {
      const old = before.get(entry.name);
      if (!old) continue;
      expect(Buffer.from(entry.raw).equals(Buffer.from(old.raw))).toBe(true);
      expect(entry.crc).toBe(old.crc);
    }
    const files = unzipSync(written);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', 'xl/media/image1.png', 'xl/styles.xml', 'xl/workbook.xml']);
    expect(Buffer.from(files['xl/styles.xml']!).toString()).toBe('<styleSheet/>');
  });

  it('finds parts without regard to case or a leading slash, and drops removed ones', () => {
    const pkg = new OpcPackage(original);
    expect(pkg.text('/XL/Workbook.xml')?.startsWith('<workbook>')).toBe(true);
    pkg.remove('/xl/media/image1.png');
    expect(pkg.has('xl/media/image1.png')).toBe(false);
    expect(Object.keys(unzipSync(pkg.toBytes()))).not.toContain('xl/media/image1.png');
  });

  it('computes the zip CRC-32 (the check value of "123456789" is CBF43926)', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });

  it('refuses what is not a zip archive with its own error', () => {
    expect(() => new OpcPackage(strToU8('STT;Tiêu chí;Điểm\n1.1;Kế hoạch;1'))).toThrow(ZipFormatError);
  });

  it('resolves relationship targets whether absolute (openpyxl) or relative (Excel)', () => {
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet9.xml')).toBe('worksheets/sheet9.xml');
  });
});
