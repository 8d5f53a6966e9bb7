import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { OpcPackage, relativeTarget, resolveTarget } from '../../../src/xlsx/package/package';
import { PackageError } from '../../../src/xlsx/read/errors';
import { ZipArchive } from '../../../src/xlsx/zip/archive';
import { crc32 } from '../../../src/xlsx/zip/crc32';

/** The stored (compressed) bytes and CRC of each entry, by name. */
function stored(bytes: Uint8Array): Map<string, { raw: Buffer; crc: number }> {
  const zip = new ZipArchive(bytes);
  return new Map(zip.entries().map((e) => [e.name, { raw: Buffer.from(zip.compressed(e)), crc: e.crc }]));
}

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
    const before = stored(original);
    const after = stored(written);
    for (const name of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/media/image1.png']) {
      expect(after.get(name)!.raw.equals(before.get(name)!.raw)).toBe(true);
      expect(after.get(name)!.crc).toBe(before.get(name)!.crc);
    }
    const files = unzipSync(written);
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', 'xl/media/image1.png', 'xl/styles.xml', 'xl/workbook.xml']);
    expect(Buffer.from(files['xl/styles.xml']!).toString()).toBe('<styleSheet/>');
  });

  it("keeps the archive's comment and each entry's, an edited entry's too", () => {
    // A zip made with comments (APPNOTE.TXT 4.3.12 and 4.3.16), by Python's zipfile: not by us.
    const made = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        [
          'import io, sys, zipfile',
          'b = io.BytesIO()',
          'z = zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED)',
          'z.comment = "Tệp đã kiểm tra — Sở Nội vụ".encode("utf8")',
          'i = zipfile.ZipInfo("[Content_Types].xml"); i.comment = b"types"; z.writestr(i, "<Types/>")',
          'i = zipfile.ZipInfo("xl/workbook.xml"); i.comment = b"so-hieu 123"; z.writestr(i, "<workbook/>")',
          'z.close(); sys.stdout.buffer.write(b.getvalue())',
        ].join('\n'),
      ],
      { maxBuffer: 1 << 20 },
    );
    const pkg = new OpcPackage(new Uint8Array(made));
    pkg.setText('xl/workbook.xml', '<workbook><sheets/></workbook>');
    pkg.setText('xl/styles.xml', '<styleSheet/>');
    const dir = mkdtempSync(join(tmpdir(), 'par-zip-comment-'));
    try {
      writeFileSync(join(dir, 'out.zip'), pkg.toBytes());
      const judged = execFileSync(
        '/usr/bin/python3',
        ['-c', 'import json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1]); z.testzip()\nprint(json.dumps([z.comment.decode("utf8"), {i.filename: i.comment.decode() for i in z.infolist()}]))', join(dir, 'out.zip')],
        { encoding: 'utf8' },
      );
      expect(JSON.parse(judged)).toEqual(['Tệp đã kiểm tra — Sở Nội vụ', { '[Content_Types].xml': 'types', 'xl/workbook.xml': 'so-hieu 123', 'xl/styles.xml': '' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

  it('refuses what is not a zip archive with the reader\'s own error', () => {
    expect(() => new OpcPackage(strToU8('STT;Tiêu chí;Điểm\n1.1;Kế hoạch;1'))).toThrow(PackageError);
  });

  it('refuses a part whose bytes do not match its CRC, naming the part', () => {
    const damaged = Buffer.from(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }, { level: 0 }));
    // The stored part's text sits right after its 30-byte local header and name.
    const at = damaged.indexOf('<workbook/>');
    damaged[at + 1] = 'W'.charCodeAt(0);
    const zip = new ZipArchive(damaged);
    expect(() => zip.bytes(zip.entry('xl/workbook.xml')!)).toThrow(expect.objectContaining({ problem: 'corrupt-part', params: { part: 'xl/workbook.xml' } }));
  });

  it('writes a copied entry back under the name bytes it was stored with', () => {
    const withSlash = zipSync({ '/xl/workbook.xml': strToU8('<workbook/>'), 'docProps/app.xml': strToU8('<Properties/>') });
    const pkg = new OpcPackage(withSlash);
    pkg.setText('docProps/app.xml', '<Properties><Pages>1</Pages></Properties>');
    const names = Object.keys(unzipSync(pkg.toBytes()));
    expect(names).toEqual(['/xl/workbook.xml', 'docProps/app.xml']);
  });

  it('resolves relationship targets whether absolute (openpyxl) or relative (Excel)', () => {
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet9.xml')).toBe('worksheets/sheet9.xml');
  });
});
