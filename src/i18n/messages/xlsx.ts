import type { MessageTable } from '../types';

/** Why an .xlsx package cannot be read (src/xlsx/read), and how the CLI says it. */
export const XLSX_MESSAGES: MessageTable = {
  vi: {
    'xlsx.problem.truncated': 'tệp bị cắt cụt hoặc hỏng (không đọc được mục lục của tệp nén)',
    'xlsx.problem.zip-encrypted': 'phần {part} bị mã hoá bằng mật khẩu nén',
    'xlsx.problem.compression': 'phần {part} dùng cách nén không hỗ trợ (phương pháp {method})',
    'xlsx.problem.corrupt-part': 'phần {part} bị hỏng (không giải nén được)',
    'xlsx.problem.duplicate-part': 'phần {part} xuất hiện hai lần trong tệp',
    'xlsx.problem.missing-part': 'thiếu phần {part}',
    'xlsx.problem.part-too-large': 'phần {part} quá lớn để đọc',
    'xlsx.problem.bad-xml': 'phần {part} không phải là XML hợp lệ',
    'xlsx.problem.no-sheets': 'sổ tính không có trang tính nào',
    'xlsx.problem.sheet-too-large':
      'trang tính "{sheet}" quá lớn: công cụ đọc tối đa {cells} ô. Hãy xoá các ô thừa ở xa bảng (Ctrl+End chỉ ra ô cuối cùng) rồi chạy lại',
  },
  en: {
    'xlsx.problem.truncated': 'the file is cut short or damaged (its zip directory cannot be read)',
    'xlsx.problem.zip-encrypted': 'part {part} is encrypted with a zip password',
    'xlsx.problem.compression': 'part {part} uses an unsupported compression (method {method})',
    'xlsx.problem.corrupt-part': 'part {part} is damaged (it cannot be decompressed)',
    'xlsx.problem.duplicate-part': 'part {part} appears twice in the file',
    'xlsx.problem.missing-part': 'part {part} is missing',
    'xlsx.problem.part-too-large': 'part {part} is too large to read',
    'xlsx.problem.bad-xml': 'part {part} is not well-formed XML',
    'xlsx.problem.no-sheets': 'the workbook has no sheets',
    'xlsx.problem.sheet-too-large':
      'sheet "{sheet}" is too large: the tool reads at most {cells} cells. Delete stray cells far from the table (Ctrl+End shows the last one) and run again',
  },
};
