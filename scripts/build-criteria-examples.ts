/**
 * Builds the custom criteria set examples in examples/ (run by `npm run examples`, after
 * build-examples.ts, whose Phụ lục I workbook it starts from):
 * - daklak-2020-with-criteria-sheet.xlsx: Kế hoạch Đắk Lắk 2020, Phụ lục I plus a "Bộ tiêu chí" sheet, the
 *   embedded 2017-2020 set exactly as `par-scorer criteria --export par-2017` writes it. Checked
 *   as is, the workbook uses that sheet, and gives the findings the built-in set gives.
 * - bo-tieu-chi-cap-so.json: the JSON format, with a small stand-alone index of the kind a province
 *   keeps for its departments. Its nodes and points are illustrative only (the title says so): they
 *   are not from any official document and must not be used to score anyone.
 */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { criteriaSheetLayout } from '../src/domain/criteria/custom';
import { getCriteriaSet } from '../src/domain/criteria';
import { addCriteriaSheet } from '../src/xlsx/criteria-sheet';

const OUT_DIR = join(__dirname, '..', 'examples');
const BUILD_DATE = new Date('2026-01-01T00:00:00Z');

const DEPARTMENT_INDEX = {
  title: 'Ví dụ minh họa: Chỉ số CCHC cấp sở (không phải văn bản chính thức)',
  basis: 'Ví dụ về định dạng tệp bộ tiêu chí của par-scorer; số liệu chỉ để minh họa.',
  total: 100,
  nodes: [
    { code: '1', name: 'Công tác chỉ đạo, điều hành cải cách hành chính', max: 12, kind: 'Tự đánh giá' },
    { code: '1.1', name: 'Thực hiện kế hoạch cải cách hành chính', max: 4 },
    { code: '1.2', name: 'Thực hiện chế độ báo cáo cải cách hành chính', max: 2 },
    { code: '1.3', name: 'Kiểm tra cải cách hành chính', max: 3 },
    { code: '1.4', name: 'Công tác tuyên truyền cải cách hành chính', max: 3 },
    { code: '2', name: 'Cải cách thủ tục hành chính', max: 20, kind: 'Tự đánh giá' },
    { code: '2.1', name: 'Công khai thủ tục hành chính', max: 6 },
    { code: '2.2', name: 'Kết quả giải quyết hồ sơ thủ tục hành chính', max: 10 },
    { code: '2.3', name: 'Tiếp nhận, xử lý phản ánh, kiến nghị', max: 4 },
    { code: '3', name: 'Chuyển đổi số', max: 18, split: { 'Tự đánh giá': 12, 'Điều tra xã hội học': 6 } },
    { code: '3.1', name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', max: 8 },
    { code: '3.2', name: 'Số hóa hồ sơ giải quyết thủ tục hành chính', max: 4 },
    { code: '3.3', name: 'Đánh giá của lãnh đạo, quản lý về chuyển đổi số', max: 6, kind: 'Điều tra xã hội học' },
    { code: '4', name: 'Mức độ hài lòng của người dân, tổ chức', max: 50, kind: 'SIPAS' },
    { code: '4.1', name: 'Hài lòng về tiếp cận dịch vụ', max: null },
    { code: '4.2', name: 'Hài lòng về kết quả giải quyết', max: null },
  ],
};

async function pinned(wb: ExcelJS.Workbook): Promise<Buffer> {
  // The zip entries carry the current time: pin them so an unchanged example rebuilds byte for byte.
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.forEach((_, entry) => {
    entry.date = BUILD_DATE;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(OUT_DIR, 'daklak-2020-phu-luc-i.xlsx')) as unknown as ExcelJS.Buffer);
  addCriteriaSheet(wb, criteriaSheetLayout(getCriteriaSet('par-2017')));
  const workbook = join(OUT_DIR, 'daklak-2020-with-criteria-sheet.xlsx');
  writeFileSync(workbook, await pinned(wb));
  process.stdout.write(`${workbook}\n`);

  const json = join(OUT_DIR, 'bo-tieu-chi-cap-so.json');
  writeFileSync(json, `${JSON.stringify(DEPARTMENT_INDEX, null, 2)}\n`);
  process.stdout.write(`${json}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
