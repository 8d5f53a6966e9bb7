import { execFileSync } from 'child_process';
import { copyFileSync, existsSync, rmSync } from 'fs';
import { join } from 'path';
import { EXAMPLES, runCli, tempDir } from '../support/cli';

/*
 * Officers' older files are often Excel 97-2003 workbooks (.xls), and LibreOffice saves OpenDocument
 * (.ods) unless told otherwise. The example, saved in both by LibreOffice, must be refused with
 * exit 2 and a message saying what the file is and how to save it as .xlsx, also under a .xlsx
 * name, and nothing may be written.
 */
describe('a workbook in another format than .xlsx', () => {
  const dir = tempDir('par-formats-');
  const profile = tempDir('par-formats-lo-');
  const example = join(dir, 'phu-luc-i.xlsx');
  copyFileSync(join(EXAMPLES, 'daklak-2020-phu-luc-i.xlsx'), example);

  beforeAll(() => {
    for (const format of ['xls', 'ods']) {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', dir, example], { timeout: 120_000, stdio: 'ignore' });
    }
    // The same files under a .xlsx name, as a file renamed by hand would be.
    copyFileSync(join(dir, 'phu-luc-i.xls'), join(dir, 'doi-ten-tu-xls.xlsx'));
    copyFileSync(join(dir, 'phu-luc-i.ods'), join(dir, 'doi-ten-tu-ods.xlsx'));
  }, 240_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it.each([
    ['phu-luc-i.xls', 'vi', 'là tệp Excel 97–2003 (.xls) hoặc định dạng Office cũ khác: hãy mở trong Excel, chọn Tệp > Lưu thành > Sổ làm việc Excel (*.xlsx)'],
    ['doi-ten-tu-xls.xlsx', 'en', 'is an Excel 97-2003 (.xls) file or another older Office format: open it in Excel, choose File > Save As > Excel Workbook (*.xlsx)'],
    ['phu-luc-i.ods', 'vi', 'là bảng tính OpenDocument (.ods, của LibreOffice): hãy mở và lưu thành Sổ làm việc Excel 2007–365 (.xlsx)'],
    ['doi-ten-tu-ods.xlsx', 'en', "is an OpenDocument spreadsheet (.ods, LibreOffice's own format): open it and save it as an Excel 2007-365 workbook (.xlsx)"],
  ])('%s (%s): check and score say what it is and how to save it, exit 2, write nothing', async (name, lang, says) => {
    const file = join(dir, name);
    const output = join(dir, `${name}.scored.xlsx`);
    for (const argv of [['check', file], ['score', file, '-o', output]]) {
      const run = await runCli([...argv, '--lang', lang]);
      expect({ argv, code: run.code, stdout: run.stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(run.stderr).toBe(`${lang === 'vi' ? 'Lỗi' : 'Error'}: ${file} ${says}, ${lang === 'vi' ? 'rồi chạy lại với tệp .xlsx.' : 'and run again on the .xlsx.'}\n`);
    }
    expect(existsSync(output)).toBe(false);
  });

  it('check-dir names each and goes on with the rest', async () => {
    const run = await runCli(['check-dir', dir, '--json']);
    const report = JSON.parse(run.stdout) as { files: { file: string; ok: boolean; failure?: { reason: string } }[] };
    expect(report.files.map((f) => [f.file, f.ok, f.failure?.reason ?? null])).toEqual([
      ['doi-ten-tu-ods.xlsx', false, 'opendocument'],
      ['doi-ten-tu-xls.xlsx', false, 'legacy-xls'],
      ['phu-luc-i.xlsx', true, null],
    ]);
    const human = await runCli(['check-dir', dir]);
    expect(human.stdout).toContain('doi-ten-tu-xls.xlsx: BỎ QUA — tệp Excel 97–2003 (.xls) hoặc định dạng Office cũ, hãy lưu thành .xlsx rồi chạy lại\n');
    expect(human.stdout).toContain('doi-ten-tu-ods.xlsx: BỎ QUA — bảng tính OpenDocument (.ods), hãy lưu thành .xlsx rồi chạy lại\n');
  });
});
