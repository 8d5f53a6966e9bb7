import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { parseArgs } from '../../src/cli/args';
import { progressLine } from '../../src/cli/progress';
import { fixed, sumFixed, type Fixed } from '../../src/domain/fixed';
import { MARKER_SHEET } from '../../src/domain/plan/types';
import { translator } from '../../src/i18n';
import { isEncryptedOoxml } from '../../src/xlsx/read';
import { runCli, sha256Of, loadWorkbook, EXAMPLES, tempDir, type CliRun } from '../support/cli';

const PHU_LUC_I = 'daklak-2020-phu-luc-i.xlsx';
const PHU_LUC_II = 'daklak-2020-phu-luc-ii.xlsx';
const MESSY = 'messy-score-table.xlsx';
const CORRUPT = 'hỏng.xlsx';
const EMPTY = 'Đắk Lắk trống.xlsx';
const LOCKED = 'mật khẩu.xlsx';

/**
 * What Excel writes for a password-protected workbook, cut down to what the reader looks at: the
 * OLE compound-file signature and a directory naming the "EncryptedPackage" stream (UTF-16LE, as
 * compound-file directory entries are). No tool here can encrypt a workbook, so it is built by hand.
 */
function encryptedWorkbookBytes(): Buffer {
  const data = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(data, 0);
  ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].forEach((name, i) => Buffer.from(name, 'utf16le').copy(data, 512 + i * 128));
  return data;
}

async function writeEmptyWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  await wb.xlsx.writeFile(path);
}

/** A province's folder: three agencies' workbooks and everything else that ends up next to them. */
async function provinceFolder(): Promise<string> {
  const dir = tempDir('par-dir-');
  for (const name of [PHU_LUC_I, PHU_LUC_II, MESSY]) copyFileSync(join(EXAMPLES, name), join(dir, name));
  writeFileSync(join(dir, CORRUPT), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('không phải zip')]));
  writeFileSync(join(dir, 'ghi chú.txt'), 'Danh sách các sở đã nộp');
  writeFileSync(join(dir, `~$${PHU_LUC_I}`), Buffer.from([0x0c, 0x00, 0x41]));
  writeFileSync(join(dir, LOCKED), encryptedWorkbookBytes());
  await writeEmptyWorkbook(join(dir, EMPTY));
  mkdirSync(join(dir, 'huyện'));
  copyFileSync(join(EXAMPLES, PHU_LUC_I), join(dir, 'huyện', 'Krông Pắc.xlsx'));
  return dir;
}

interface FileJson {
  file: string;
  ok: boolean;
  sheet: string | null;
  criteriaSet: string | null;
  shape: string | null;
  totals: { stated: { max: number | null; score: number | null; target: number | null; row: number | null }; recomputed: { score: number | null }; lost: number | null } | null;
  errors: number;
  warnings: number;
  infos: number;
  findings: { rule: string; severity: string; cell: string; message: string }[];
  failure?: { reason: string; message: string };
}

interface AgencyJson {
  name: string;
  kind: string;
  files: string[];
  criteria: number;
  max: number | null;
  score: number | null;
  lost: number | null;
  gapToTarget: number | null;
  tasks: number;
  coordinates: number;
}

interface DirJson {
  dir: string;
  files: FileJson[];
  agencies: AgencyJson[];
  totals: Record<string, number>;
  ignored: { file: string; reason: string }[];
}

interface Single {
  sheet: string;
  criteriaSet: string;
  totals: { stated: { score: number | null; max: number | null; row: number | null }; recomputed: { score: number | null } };
  findings: { severity: string; cell: string; message: string }[];
  agencies: { name: string; kind: string; totals: { count: number; score: number | null; lost: number | null }; tasks: unknown[]; coordinates: unknown[] }[];
}

const singles = new Map<string, Promise<Single>>();

/** The single-file check of the same workbook: what each line of the folder check must agree with. */
function checkOne(path: string): Promise<Single> {
  let result = singles.get(path);
  if (!result) {
    result = runCli(['check', path, '--json']).then((r) => JSON.parse(r.stdout) as Single);
    singles.set(path, result);
  }
  return result;
}

const count = (findings: { severity: string }[], severity: string) => findings.filter((f) => f.severity === severity).length;

describe('par-scorer check-dir on a province folder', () => {
  let dir: string;
  let text: CliRun;
  let json: CliRun;
  let report: DirJson;
  const summaryPath = () => join(dir, 'tổng hợp.xlsx');

  beforeAll(async () => {
    dir = await provinceFolder();
    text = await runCli(['check-dir', dir]);
    json = await runCli(['check-dir', dir, '--json', '-o', summaryPath()]);
    report = JSON.parse(json.stdout) as DirJson;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one line per workbook, in Vietnamese order, then the totals, and exits 1', async () => {
    expect(text.code).toBe(1);
    expect(text.stderr).toBe('');
    const lines = text.stdout.trimEnd().split('\n');
    const perFile = lines.slice(0, 6);
    // Vietnamese order: "Đ" after "d", "ậ" with "a"; the lock file, the .txt and the subfolder are not checked.
    expect(perFile.map((l) => l.slice(0, l.indexOf(': ')))).toEqual([PHU_LUC_I, PHU_LUC_II, EMPTY, CORRUPT, LOCKED, MESSY]);

    const one = await checkOne(join(dir, PHU_LUC_I));
    expect(perFile[0]).toBe(
      `${PHU_LUC_I}: trang "Phụ lục I", ${one.criteriaSet} — tổng ghi 79,53 / tính lại từ các lĩnh vực 79,53; 0 lỗi, ${count(one.findings, 'warning')} cảnh báo`,
    );
    const two = await checkOne(join(dir, PHU_LUC_II));
    expect(perFile[1]).toBe(`${PHU_LUC_II}: trang "Phụ lục II", ${two.criteriaSet} — bảng nhiệm vụ; 0 lỗi, ${count(two.findings, 'warning')} cảnh báo`);
    expect(perFile[2]).toBe(`${EMPTY}: BỎ QUA — sổ tính trống, không có ô nào có dữ liệu`);
    expect(perFile[3]).toBe(`${CORRUPT}: BỎ QUA — không phải sổ tính Excel .xlsx đọc được (tệp hỏng hoặc định dạng khác)`);
    expect(perFile[4]).toBe(`${LOCKED}: BỎ QUA — sổ tính được đặt mật khẩu, hãy gỡ mật khẩu rồi chạy lại`);
    const messy = await checkOne(join(dir, MESSY));
    expect(count(messy.findings, 'error')).toBeGreaterThan(0);
    expect(perFile[5]).toBe(
      `${MESSY}: trang "Bảng điểm", ${messy.criteriaSet} — tổng ghi 15,16 / tính lại từ các lĩnh vực 15,16; ${count(messy.findings, 'error')} lỗi, ${count(messy.findings, 'warning')} cảnh báo`,
    );

    const all = [one, two, messy].flatMap((r) => r.findings);
    expect(lines.slice(6)).toEqual([
      '',
      `Đã kiểm tra 6 tệp trong ${dir}: 2 không lỗi, 1 có lỗi, 3 không đọc được; tổng ${count(all, 'error')} lỗi, ${count(all, 'warning')} cảnh báo, ${count(all, 'info')} thông tin.`,
      expect.stringMatching(/^Cơ quan chủ trì \(gộp các tệp\): \d+ cơ quan, \d+ nhóm\.$/),
      'Không kiểm tra: 1 tệp khóa của Excel (~$…); 1 tệp không phải .xlsx; 1 thư mục con (thêm --recursive để kiểm tra).',
    ]);
  });

  it('--json gives every file with its totals and counts, the same as checking it alone', async () => {
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    expect(report.dir).toBe(dir);
    expect(report.files.map((f) => [f.file, f.ok])).toEqual([
      [PHU_LUC_I, true],
      [PHU_LUC_II, true],
      [EMPTY, false],
      [CORRUPT, false],
      [LOCKED, false],
      [MESSY, true],
    ]);
    for (const file of report.files.filter((f) => f.ok)) {
      const alone = await checkOne(join(dir, file.file));
      expect(file).toMatchObject({
        sheet: alone.sheet,
        criteriaSet: alone.criteriaSet,
        errors: count(alone.findings, 'error'),
        warnings: count(alone.findings, 'warning'),
        infos: count(alone.findings, 'info'),
      });
      expect(file.totals!.stated).toMatchObject({ score: alone.totals.stated.score, max: alone.totals.stated.max, row: alone.totals.stated.row });
      expect(file.totals!.recomputed.score).toBe(alone.totals.recomputed.score);
      expect(file.findings.map((f) => [f.cell, f.message])).toEqual(alone.findings.map((f) => [f.cell, f.message]));
      expect(file.failure).toBeUndefined();
    }
    expect(report.files[0]!.totals!.stated).toMatchObject({ max: 100, score: 79.53, target: 92.81 });
    expect(report.files.filter((f) => !f.ok).map((f) => [f.file, f.failure!.reason, f.sheet, f.totals, f.errors])).toEqual([
      [EMPTY, 'empty-workbook', null, null, 0],
      [CORRUPT, 'not-xlsx', null, null, 0],
      [LOCKED, 'encrypted', null, null, 0],
    ]);
    const all = (await Promise.all([PHU_LUC_I, PHU_LUC_II, MESSY].map((f) => checkOne(join(dir, f))))).flatMap((r) => r.findings);
    expect(report.totals).toEqual({
      files: 6,
      clean: 2,
      withErrors: 1,
      failed: 3,
      errors: count(all, 'error'),
      warnings: count(all, 'warning'),
      infos: count(all, 'info'),
    });
    expect(report.ignored).toEqual([
      { file: `~$${PHU_LUC_I}`, reason: 'lock-file' },
      { file: 'ghi chú.txt', reason: 'not-xlsx' },
      { file: 'huyện', reason: 'folder' },
    ]);
  });

  it('--json merges the lead agencies over the files, exactly, agencies before groups', async () => {
    // Recomputed here from each file checked on its own, in exact ten-thousandths.
    const expected = new Map<string, { kind: string; files: string[]; criteria: number; score: Fixed[]; tasks: number }>();
    for (const file of [PHU_LUC_I, PHU_LUC_II, MESSY]) {
      for (const a of (await checkOne(join(dir, file))).agencies) {
        const e = expected.get(a.name) ?? { kind: a.kind, files: [], criteria: 0, score: [], tasks: 0 };
        e.files.push(file);
        e.criteria += a.totals.count;
        if (a.totals.score !== null) e.score.push(fixed(a.totals.score));
        e.tasks += a.tasks.length;
        expected.set(a.name, e);
      }
    }
    expect(report.agencies).toHaveLength(expected.size);
    for (const a of report.agencies) {
      const e = expected.get(a.name)!;
      expect([a.kind, a.files, a.criteria, a.tasks]).toEqual([e.kind, e.files, e.criteria, e.tasks]);
      expect(a.score).toBe(e.score.length === 0 ? null : sumFixed(e.score) / 10_000);
    }
    const kinds = report.agencies.map((a) => a.kind);
    expect(kinds).toEqual([...kinds].sort((x, y) => (x === y ? 0 : x === 'agency' ? -1 : 1)));
    expect(kinds).toContain('group');
    const home = report.agencies.find((a) => a.name === 'Sở Nội vụ')!;
    expect(home.files).toEqual([PHU_LUC_I, PHU_LUC_II, MESSY]);
  });

  it('-o writes the consolidated workbook: one row per file, the findings, the merged agencies', async () => {
    expect(existsSync(summaryPath())).toBe(true);
    const wb = await loadWorkbook(summaryPath());
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['Tổng hợp các tệp', 'visible'],
      ['Các phát hiện', 'visible'],
      ['Cơ quan chủ trì', 'visible'],
      [MARKER_SHEET, 'veryHidden'],
    ]);

    const files = wb.getWorksheet('Tổng hợp các tệp')!;
    expect(files.getCell('A1').value).toBe(`Tổng hợp kiểm tra bảng điểm Chỉ số CCHC — thư mục ${dir}`);
    const header = (files.getRow(4).values as unknown[]).slice(1);
    expect(header).toEqual([
      'STT',
      'Tệp',
      'Trang tính',
      'Loại bảng',
      'Bộ tiêu chí',
      'Điểm tối đa (ghi trong bảng)',
      'Điểm đạt (ghi trong bảng)',
      'Điểm mục tiêu (ghi trong bảng)',
      'Điểm đạt (tính lại)',
      'Chênh lệch điểm đạt',
      'Điểm bị mất',
      'Lỗi',
      'Cảnh báo',
      'Thông tin',
      'Kết quả',
    ]);
    expect(files.getCell('A4').font?.bold).toBe(true);
    expect(files.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 2 });
    report.files.forEach((f, i) => {
      const row = files.getRow(5 + i);
      expect([row.getCell(1).value, row.getCell(2).value]).toEqual([i + 1, f.file]);
      // An unreadable file has no counts at all: blank, not a misleading 0.
      const counts = f.ok ? [f.errors, f.warnings, f.infos] : [null, null, null];
      expect([row.getCell(12).value, row.getCell(13).value, row.getCell(14).value]).toEqual(counts);
      if (f.ok && f.shape === 'score') {
        expect(row.getCell(3).value).toBe(f.sheet);
        expect(row.getCell(4).value).toBe('Bảng điểm');
        expect(row.getCell(7).value).toBe(f.totals!.stated.score);
        expect(row.getCell(7).numFmt).toBe('0.00');
        expect(row.getCell(9).value).toBe(f.totals!.recomputed.score);
        expect(row.getCell(11).value).toBe(f.totals!.lost);
      }
      if (!f.ok) expect(row.getCell(15).value).toBe(`Không đọc được: ${f.failure!.message}`);
    });
    expect(files.getCell('D6').value).toBe('Bảng nhiệm vụ');
    expect(files.getCell('G6').value).toBeNull();
    expect(files.getCell('O5').value).toBe('Không lỗi');
    expect(files.getCell('O10').value).toBe('Có lỗi');
    // 79.53 stated and recomputed: a difference of exactly 0, not 1e-14.
    expect(files.getCell('J5').value).toBe(0);
    // The messy sheet's stray "9.1" row lies outside the tree and is not added to the total.
    expect(files.getCell('J10').value).toBe(0);
    const totalRow = files.getRow(11);
    expect(totalRow.getCell(2).value).toBe('Cộng');
    expect(totalRow.getCell(12).formula).toBe('SUM(L5:L10)');
    expect(totalRow.getCell(12).result).toBe(report.totals.errors);
    expect(totalRow.getCell(13).result).toBe(report.totals.warnings);

    const findings = wb.getWorksheet('Các phát hiện')!;
    expect((findings.getRow(1).values as unknown[]).slice(1)).toEqual(['Tệp', 'Trang tính', 'Ô', 'Mức độ', 'Mã', 'Nội dung']);
    const expectedFindings = report.files.flatMap((f) => f.findings.map((x) => [f.file, x.cell, x.message]));
    const written: unknown[][] = [];
    findings.eachRow((row, n) => {
      if (n > 1) written.push([row.getCell(1).value, row.getCell(3).value, row.getCell(6).value]);
    });
    expect(written).toEqual(expectedFindings);
    expect(findings.getCell('D2').value).toBe('Cảnh báo');

    const agencies = wb.getWorksheet('Cơ quan chủ trì')!;
    const rows: unknown[][] = [];
    agencies.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const agencyRows = rows.filter((r) => typeof r[0] === 'number');
    expect(agencyRows.map((r) => r[1])).toEqual(report.agencies.map((a) => a.name));
    report.agencies.forEach((a, i) => {
      const r = agencyRows[i]!;
      expect([r[2], r[3], r[5] ?? null, r[6] ?? null, r[8], r[9], r[10]]).toEqual([
        a.files.length,
        a.criteria,
        a.score,
        a.lost,
        a.tasks,
        a.coordinates,
        a.files.join('; '),
      ]);
    });
    const sections = rows.map((r) => r[0]).filter((v): v is string => typeof v === 'string');
    const agencyCount = report.agencies.filter((a) => a.kind === 'agency').length;
    expect(sections).toContain(`Cơ quan (${agencyCount})`);
    expect(sections).toContain(`Nhóm cơ quan (${report.agencies.length - agencyCount}) — giữ riêng, không chia cho từng cơ quan`);
    // Numbering restarts for the groups, listed after the agencies.
    const groupStart = agencyRows.findIndex((r, i) => i > 0 && r[0] === 1);
    expect(groupStart).toBe(agencyCount);
  });

  it('on a second run recognises its own consolidated workbook in the folder and leaves it out', async () => {
    const again = await runCli(['check-dir', dir, '-o', summaryPath()]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('tổng hợp.xlsx: bỏ qua — sổ tổng hợp do par-scorer tạo\n');
    expect(again.stdout).toContain('Đã kiểm tra 6 tệp');
    expect(again.stdout).toContain('1 sổ tổng hợp do par-scorer tạo');
    expect(again.stdout).toContain(`Đã ghi sổ tổng hợp: ${summaryPath()}`);
  });

  it('refuses to write the consolidated workbook over an agency workbook of the folder', async () => {
    const target = join(dir, PHU_LUC_I);
    const before = sha256Of(target);
    const refused = await runCli(['check-dir', dir, '-o', target]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`Lỗi: Tệp kết quả ${target} là một sổ tính cần kiểm tra trong thư mục`);
    expect(sha256Of(target)).toBe(before);
  });

  it('--recursive also checks the subfolders', async () => {
    const deep = await runCli(['check-dir', dir, '--recursive', '--json']);
    const files = (JSON.parse(deep.stdout) as DirJson).files.map((f) => f.file);
    expect(files).toContain(join('huyện', 'Krông Pắc.xlsx'));
    expect(files).toHaveLength(7);
  });

  it('speaks English with --lang en', async () => {
    const en = await runCli(['check-dir', dir, '--lang', 'en']);
    expect(en.stdout).toContain(`${CORRUPT}: SKIPPED — not a readable Excel .xlsx workbook (damaged or another format)\n`);
    expect(en.stdout).toContain(`${LOCKED}: SKIPPED — the workbook is password-protected; remove the password and run again\n`);
    expect(en.stdout).toContain(`${PHU_LUC_I}: sheet "Phụ lục I", par-2017 — stated total 79.53 / recomputed from the areas 79.53; errors: 0`);
  });
});

describe('par-scorer check-dir exit codes', () => {
  const dirs: string[] = [];
  const temp = (): string => {
    const d = tempDir('par-dir-');
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('0 when every workbook is free of errors (warnings allowed), with no progress output off a terminal', async () => {
    const dir = temp();
    copyFileSync(join(EXAMPLES, PHU_LUC_I), join(dir, PHU_LUC_I));
    copyFileSync(join(EXAMPLES, PHU_LUC_II), join(dir, PHU_LUC_II));
    writeFileSync(join(dir, `~$${PHU_LUC_II}`), 'x');
    const result = await runCli(['check-dir', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('2 không lỗi, 0 có lỗi, 0 không đọc được');
  });

  it('uses one --criteria file for every workbook, and stops with 2 before any file when it is unusable', async () => {
    const dir = temp();
    copyFileSync(join(EXAMPLES, PHU_LUC_I), join(dir, PHU_LUC_I));
    copyFileSync(join(EXAMPLES, MESSY), join(dir, MESSY));
    const custom = await runCli(['check-dir', dir, '--json', '--criteria', join(EXAMPLES, 'bo-tieu-chi-cap-so.json')]);
    const report = JSON.parse(custom.stdout) as { files: { file: string; criteriaSet: string }[] };
    expect(report.files).toHaveLength(2);
    const sets = new Set(report.files.map((f) => f.criteriaSet));
    expect(sets.size).toBe(1);
    expect([...sets][0]).not.toMatch(/^par-20(17|22)$/);

    const broken = join(temp(), 'bo.json');
    writeFileSync(broken, '{ "nodes": [ }');
    const bad = await runCli(['check-dir', dir, '--criteria', broken]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('bo.json');
  });

  it('2 when the folder is missing, is a file, or holds no workbook', async () => {
    const dir = temp();
    const missing = await runCli(['check-dir', join(dir, 'không có')]);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', `Lỗi: Không tìm thấy thư mục ${join(dir, 'không có')}.\n`]);

    copyFileSync(join(EXAMPLES, PHU_LUC_I), join(dir, PHU_LUC_I));
    const file = await runCli(['check-dir', join(dir, PHU_LUC_I), '--lang', 'en']);
    expect([file.code, file.stderr]).toEqual([2, `Error: ${join(dir, PHU_LUC_I)} is not a folder.\n`]);

    const bare = temp();
    writeFileSync(join(bare, 'bảng điểm.xls'), 'old format');
    writeFileSync(join(bare, `~$${PHU_LUC_I}`), 'x');
    mkdirSync(join(bare, 'sở'));
    const none = await runCli(['check-dir', bare]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      `Lỗi: Thư mục ${bare} không có sổ tính .xlsx hay .xlsm nào để kiểm tra.\nCó 1 thư mục con: dùng --recursive để kiểm tra cả các thư mục con.\n`,
    );
  });

  it('2 for a bad -o before any file is read', async () => {
    const dir = temp();
    copyFileSync(join(EXAMPLES, PHU_LUC_I), join(dir, PHU_LUC_I));
    const result = await runCli(['check-dir', dir, '-o', join(dir, 'tong-hop.csv')]);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(`Lỗi: Tệp kết quả phải có đuôi .xlsx: ${join(dir, 'tong-hop.csv')}.\n`);
  });

  it('checks a macro workbook (.xlsm) as it checks any other', async () => {
    const dir = temp();
    copyFileSync(join(EXAMPLES, PHU_LUC_I), join(dir, PHU_LUC_I));
    // The Đắk Lắk example saved by LibreOffice with a Basic module (test/corpus, make-corpus.sh).
    copyFileSync(join(__dirname, '..', 'corpus', 'libreoffice-macros.xlsm'), join(dir, 'Sở Nội vụ.xlsm'));
    const result = await runCli(['check-dir', dir, '--json']);
    const report = JSON.parse(result.stdout) as DirJson;
    expect(report.files.map((f) => [f.file, f.ok, f.sheet])).toEqual([
      [PHU_LUC_I, true, 'Phụ lục I'],
      ['Sở Nội vụ.xlsm', true, 'Phụ lục I'],
    ]);
    expect(report.ignored).toEqual([]);
  });

  it('1 when the only problem is a file that cannot be read', async () => {
    const dir = temp();
    copyFileSync(join(EXAMPLES, PHU_LUC_I), join(dir, PHU_LUC_I));
    writeFileSync(join(dir, 'bảng.xlsx'), 'plain text saved as .xlsx');
    const result = await runCli(['check-dir', dir, '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as DirJson;
    expect(report.files.map((f) => [f.file, f.ok, f.failure?.reason ?? null])).toEqual([
      ['bảng.xlsx', false, 'not-xlsx'],
      [PHU_LUC_I, true, null],
    ]);
  });
});

describe('check-dir progress bar', () => {
  it('is drawn on stderr when stderr is a terminal, and cleared before each stdout line', async () => {
    const dir = tempDir('par-dir-');
    try {
      copyFileSync(join(EXAMPLES, PHU_LUC_I), join(dir, PHU_LUC_I));
      copyFileSync(join(EXAMPLES, MESSY), join(dir, MESSY));
      const result = await runCli(['check-dir', dir], { columns: 60 });
      expect(result.stderr).toContain(`\r\x1b[K${progressLine(0, 2, PHU_LUC_I, 60)}`);
      expect(result.stderr).toContain(`\r\x1b[K${progressLine(1, 2, MESSY, 60)}`);
      expect(result.stderr).toContain(progressLine(2, 2, '', 60));
      // The bar is erased last, so the terminal is left clean.
      expect(result.stderr.endsWith('\r\x1b[K')).toBe(true);
      expect(result.stdout.split('\n')[0]).toMatch(new RegExp(`^${PHU_LUC_I.replace(/\./g, '\\.')}: `));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fits the terminal width and fills as files are done', () => {
    for (const columns of [20, 40, 80, 200]) {
      for (const done of [0, 3, 7]) {
        const line = progressLine(done, 7, 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Lắk.xlsx', columns);
        expect([...line].length).toBeLessThan(columns);
        expect(line).toContain(`${done}/7`);
      }
    }
    expect(progressLine(0, 4, '', 80)).toMatch(/^\[░+\] 0\/4$/);
    expect(progressLine(4, 4, '', 80)).toMatch(/^\[█+\] 4\/4$/);
    expect(progressLine(2, 4, 'a.xlsx', 80)).toBe(`[${'█'.repeat(15)}${'░'.repeat(15)}] 2/4 a.xlsx`);
    expect(progressLine(1, 2, 'Sở Nội vụ rất dài.xlsx', 40).endsWith('…')).toBe(true);
  });
});

describe('check-dir arguments', () => {
  it('parses the folder, -o, --criteria, --recursive and --json', () => {
    expect(parseArgs(['check-dir', 'nop-bao-cao', '-o', 'tong-hop.xlsx', '--criteria', 'par-2022', '--recursive', '--json'])).toEqual({
      kind: 'check-dir',
      lang: 'vi',
      dir: 'nop-bao-cao',
      output: 'tong-hop.xlsx',
      criteria: 'par-2022',
      recursive: true,
      json: true,
    });
    expect(parseArgs(['check-dir', 'd', '--lang=en'])).toEqual({ kind: 'check-dir', lang: 'en', dir: 'd', criteria: 'auto', recursive: false, json: false });
  });

  it('reports a missing folder, an extra argument and an option of another command, exit 2', async () => {
    const t = translator('vi');
    const missing = await runCli(['check-dir']);
    expect([missing.code, missing.stderr]).toEqual([2, `Lỗi: ${t('check-dir.error.missing-dir')}\n`]);
    const extra = await runCli(['check-dir', 'a', 'b']);
    expect(extra.stderr).toBe('Lỗi: Thừa tham số: "b".\n');
    const sheet = await runCli(['check-dir', 'a', '--sheet', 'X']);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toContain('Tùy chọn không hợp lệ: "--sheet".');
  });

  it('is listed in the help, with its exit codes', async () => {
    const help = await runCli(['--help']);
    expect(help.stdout).toContain('par-scorer check-dir THƯ_MỤC [-o TỔNG_HỢP.xlsx]');
    expect(help.stdout).toContain('0 mọi tệp không lỗi, 1 có tệp có lỗi hoặc không đọc được');
  });
});

describe('password-protected workbooks', () => {
  it('are told apart from other OLE files such as an old .xls', () => {
    expect(isEncryptedOoxml(encryptedWorkbookBytes())).toBe(true);
    const xls = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls, 0);
    Buffer.from('Workbook', 'utf16le').copy(xls, 512);
    expect(isEncryptedOoxml(xls)).toBe(false);
    expect(isEncryptedOoxml(readFileSync(join(EXAMPLES, PHU_LUC_I)))).toBe(false);
  });

  it('get a clear message from the single-file check too', async () => {
    const dir = tempDir('par-dir-');
    try {
      const path = join(dir, LOCKED);
      writeFileSync(path, encryptedWorkbookBytes());
      const result = await runCli(['check', path]);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`Lỗi: ${path} được đặt mật khẩu: hãy gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi chạy lại.\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
