import type { MessageTable } from '../types';

/**
 * Custom criteria sets: problems found in a "Bộ tiêu chí" sheet or a JSON file (`criteria.issue.*`,
 * each naming its place as {where}), and the CLI and pane lines about which set is used.
 */
export const CRITERIA_MESSAGES: MessageTable = {
  vi: {
    'criteria.issue.no-header':
      'Trang “{sheet}” không có dòng tiêu đề bộ tiêu chí: cần ít nhất cột “Mã” và cột “Tên tiêu chí” (thêm “Điểm tối đa”, “Nguồn điểm”, “Mã cha”, “Mã khác” nếu có).',
    'criteria.issue.bad-code': '{where}: “{raw}” không phải là mã tiêu chí (dạng 1, 2.1, 2.1.3).',
    'criteria.issue.bad-code.missing': '{where}: dòng có nội dung nhưng thiếu mã tiêu chí.',
    'criteria.issue.bad-code.depth': '{where}: mã {code} sâu quá bốn cấp.',
    'criteria.issue.duplicate-code': '{where}: mã {code} lặp lại; đã có ở {first}.',
    'criteria.issue.duplicate-code.number':
      '{where}: mã {code} lặp lại (đã có ở {first}); ô mã đang lưu dạng số nên Excel có thể đã bỏ số 0 cuối (1.10 thành 1.1). Hãy định dạng cột mã là Văn bản.',
    'criteria.issue.renumbered':
      '{where}: mã {code} với tên “{name}” là mục {canonical} của bộ {set} (cách đánh số khác); đã áp dụng cho {canonical}.',
    'criteria.issue.missing-name': '{where}: mã {code} là mục mới nhưng chưa có tên.',
    'criteria.issue.bad-max': '{where}: điểm tối đa của {code} ghi “{raw}”, không phải là số không âm (để trống hoặc ghi “—” nếu chưa có).',
    'criteria.issue.bad-kind': '{where}: nguồn điểm “{raw}” của {code} không hợp lệ; chọn một trong: {allowed}.',
    'criteria.issue.bad-parent': '{where}: mã cha của {code} ghi {parent}, nhưng theo mã thì phải là {expected}.',
    'criteria.issue.bad-parent.not-a-code': '{where}: mã cha “{raw}” của {code} không phải là mã tiêu chí.',
    'criteria.issue.missing-parent': '{where}: mã {code} thuộc {parent}, nhưng bộ tiêu chí không có mục {parent}.',
    'criteria.issue.bad-alias': '{where}: mã khác của {code} có “{raw}”, không phải là mã tiêu chí.',
    'criteria.issue.bad-alias.self': '{where}: {code} ghi chính mã của nó ({alias}) làm mã khác.',
    'criteria.issue.duplicate-alias': '{where}: mã khác {alias} của {code} đã là mã khác của {other}; một mã khác chỉ được chỉ tới một mục.',
    'criteria.issue.bad-split.text':
      '{where}: cơ cấu điểm “{raw}” của {code} không đọc được; ghi dạng “Tự đánh giá 6; Điều tra xã hội học 4”.',
    'criteria.issue.bad-split.not-area': '{where}: chỉ lĩnh vực mới có cơ cấu điểm; {code} không phải là lĩnh vực.',
    'criteria.issue.bad-split.no-max': '{where}: {code} có cơ cấu điểm nhưng chưa có điểm tối đa.',
    'criteria.issue.bad-split.sum': '{where}: cơ cấu điểm của {code} cộng lại {sum}, nhưng điểm tối đa là {max}.',
    'criteria.issue.bad-split.kind': '{where}: nguồn điểm của {code} trái với cơ cấu điểm của nó.',
    'criteria.issue.children-sum': '{where}: điểm tối đa của {code} là {max}, nhưng các mục con ({children}) cộng lại {sum}.',
    'criteria.issue.areas-sum': '{where}: tổng điểm là {total}, nhưng các lĩnh vực cộng lại {sum}.',
    'criteria.issue.total-unknown': '{where}: chưa biết tổng điểm: ghi dòng “Tổng điểm” hoặc điểm tối đa của mọi lĩnh vực.',
    'criteria.issue.bad-total': '{where}: tổng điểm “{raw}” không phải là số.',
    'criteria.issue.bad-meta.yes-no': '{where}: ghi “Có” hoặc “Không” (đang ghi “{raw}”).',
    'criteria.issue.bad-meta.schema': '{where}: bộ tiêu chí không hợp lệ: {detail}',
    'criteria.issue.bad-extends': '{where}: không biết bộ tiêu chí “{raw}”; ghi một trong các bộ: {sets}.',
    'criteria.issue.reserved-id': '{where}: mã bộ “{id}” là của bộ có sẵn; hãy đặt mã khác.',
    'criteria.issue.empty-set': '{where}: bộ tiêu chí không có mục nào.',
    'criteria.issue.json-syntax': '{where}: không phải JSON hợp lệ ({detail}).',
    'criteria.issue.json-syntax.at': '{where}: không phải JSON hợp lệ ở dòng {line}, cột {column} ({detail}).',
    'criteria.issue.json-shape': '{where}: giá trị không hợp lệ ({detail}).',
    'criteria.issue.json-shape.type': '{where}: cần kiểu {expected}.',
    'criteria.issue.json-shape.unknown-keys': '{where}: trường không có trong định dạng: {keys}.',

    'criteria.cli.using-sheet': 'Dùng bộ tiêu chí “{title}” trong trang “{sheet}” của {file} ({nodes} mục).',
    'criteria.cli.using-file': 'Dùng bộ tiêu chí “{title}” trong tệp {file} ({nodes} mục).',
    'criteria.cli.issues': 'Bộ tiêu chí có {errors} lỗi, {warnings} cảnh báo:',
    'criteria.cli.invalid': 'Không dùng được bộ tiêu chí trong {file}: sửa các lỗi dưới đây rồi chạy lại.',
    'criteria.cli.not-found': 'Tệp {file} không có trang “Bộ tiêu chí” hay trang nào có dạng bộ tiêu chí (cột Mã, Tên tiêu chí, Điểm tối đa, Nguồn điểm).',
    'criteria.cli.bad-extension': 'Bộ tiêu chí phải là tệp .xlsx hoặc .json, hoặc một trong: {allowed} (đang ghi “{value}”).',
    'criteria.cli.exported': 'Đã ghi bộ tiêu chí {set} ({nodes} mục) vào trang “{sheet}” của {file}. Sửa rồi dùng lại: par-scorer check BẢNG.xlsx --criteria {file}',
    'criteria.cli.export-needs-output': 'Lệnh criteria --export cần tệp kết quả: -o TÊN.xlsx.',
    'criteria.cli.export-exists': 'Tệp {file} đã có; công cụ không ghi đè. Chọn tên khác với -o.',
    'criteria.cli.from-table-needs-output': 'Lệnh criteria --from-table cần tệp kết quả: -o TÊN.xlsx.',
    'criteria.from-table.no-maxima-column':
      'Trang “{sheet}” của {file} không phải bảng điểm có cột điểm tối đa, nên không lấy được điểm tối đa để lập bộ tiêu chí.',
    'criteria.from-table.custom-set':
      'Bảng “{sheet}” của {file} đang được kiểm tra theo một bộ tiêu chí tự định nghĩa; hãy sửa điểm tối đa ngay trong bộ tiêu chí đó.',
    'criteria.from-table.nothing-new':
      'Bảng “{sheet}” của {file} không có điểm tối đa nào mà bộ tiêu chí chưa có: không cần lập bộ tiêu chí mới.',
    'criteria.from-table.inconsistent':
      'Chưa lập được bộ tiêu chí từ bảng “{sheet}” của {file}: điểm tối đa trong bảng chưa nhất quán ({count} vấn đề dưới đây). Sửa rồi chạy lại; chưa có tệp nào được ghi.',
    'criteria.from-table.invalid-set': 'Chưa lập được bộ tiêu chí từ bảng “{sheet}” của {file}; chưa có tệp nào được ghi:',
    'criteria.from-table.done':
      'Đã lập bộ tiêu chí “{title}” trong trang “{sheet}” của {file}: {filled} điểm tối đa lấy từ bảng, {added} mục bảng có mà bộ tiêu chí chưa có.',
    'criteria.from-table.next': 'Kiểm tra theo bộ này: par-scorer check {table} --criteria {file}',
    'criteria.from-table.pane-done':
      'Đã lập trang “{sheet}” từ điểm tối đa của bảng ({filled} điểm tối đa, {added} mục mới). Từ nay sổ này được kiểm tra theo bộ tiêu chí đó; sửa trực tiếp trên trang nếu cần.',
    'criteria.excel.sheet-exists':
      'Sổ đã có trang “{sheet}”; công cụ không ghi đè. Đổi tên hoặc xóa trang đó nếu muốn lập lại bộ tiêu chí từ bảng. Chưa có gì bị thay đổi.',
    'criteria.pane.missing': 'Sổ này không có trang “Bộ tiêu chí”; chọn một bộ tiêu chí khác trong Cài đặt.',
    'criteria.pane.this-workbook': 'sổ này',
    'criteria.pane.from-table-inconsistent':
      'Chưa lập được bộ tiêu chí: điểm tối đa trong bảng “{sheet}” chưa nhất quán ({count} vấn đề, xem danh sách kết quả). Đầu tiên: {first}',
    'criteria.pane.from-table-invalid': 'Chưa lập được bộ tiêu chí từ bảng “{sheet}”: {first}',
    'criteria.excel.invalid':
      'Trang “{sheet}” có {count} lỗi nên chưa dùng được làm bộ tiêu chí (lỗi đầu tiên ở {where}). Sửa trang đó, hoặc chọn một bộ tiêu chí có sẵn trong Cài đặt.',
    'criteria.pane.invalid':
      'Trang “{sheet}” có {count} lỗi nên chưa dùng được; lỗi đầu tiên: {first} Sửa trang đó, hoặc chọn một bộ tiêu chí có sẵn trong Cài đặt.',
  },
  en: {
    'criteria.issue.no-header':
      'Sheet “{sheet}” has no criteria header row: it needs at least a “Mã” (code) and a “Tên tiêu chí” (name) column (plus “Điểm tối đa”, “Nguồn điểm”, “Mã cha”, “Mã khác” when used).',
    'criteria.issue.bad-code': '{where}: “{raw}” is not a criterion code (like 1, 2.1, 2.1.3).',
    'criteria.issue.bad-code.missing': '{where}: the row has content but no criterion code.',
    'criteria.issue.bad-code.depth': '{where}: code {code} is more than four levels deep.',
    'criteria.issue.duplicate-code': '{where}: code {code} appears again; it is already at {first}.',
    'criteria.issue.duplicate-code.number':
      '{where}: code {code} appears again (already at {first}); the code cell holds a number, so Excel may have dropped a trailing zero (1.10 became 1.1). Format the code column as Text.',
    'criteria.issue.renumbered':
      '{where}: code {code} named “{name}” is node {canonical} of {set} (another numbering); applied to {canonical}.',
    'criteria.issue.missing-name': '{where}: code {code} is a new node but has no name.',
    'criteria.issue.bad-max': '{where}: the maximum of {code} says “{raw}”, which is not a non-negative number (leave it empty or write “—” when unknown).',
    'criteria.issue.bad-kind': '{where}: “{raw}” is not a point source for {code}; use one of: {allowed}.',
    'criteria.issue.bad-parent': '{where}: the parent of {code} is given as {parent}, but its code makes it {expected}.',
    'criteria.issue.bad-parent.not-a-code': '{where}: the parent “{raw}” of {code} is not a criterion code.',
    'criteria.issue.missing-parent': '{where}: code {code} belongs under {parent}, but the set has no node {parent}.',
    'criteria.issue.bad-alias': '{where}: the other codes of {code} include “{raw}”, which is not a criterion code.',
    'criteria.issue.bad-alias.self': '{where}: {code} lists its own code ({alias}) as another code.',
    'criteria.issue.duplicate-alias': '{where}: other code {alias} of {code} is already another code of {other}; an alternative code may point to one node only.',
    'criteria.issue.bad-split.text': '{where}: cannot read the split “{raw}” of {code}; write it like “Tự đánh giá 6; Điều tra xã hội học 4”.',
    'criteria.issue.bad-split.not-area': '{where}: only areas have a split; {code} is not an area.',
    'criteria.issue.bad-split.no-max': '{where}: {code} has a split but no maximum.',
    'criteria.issue.bad-split.sum': '{where}: the split of {code} adds up to {sum}, but its maximum is {max}.',
    'criteria.issue.bad-split.kind': '{where}: the point source of {code} contradicts its split.',
    'criteria.issue.children-sum': '{where}: the maximum of {code} is {max}, but its children ({children}) add up to {sum}.',
    'criteria.issue.areas-sum': '{where}: the total is {total}, but the areas add up to {sum}.',
    'criteria.issue.total-unknown': '{where}: the total is unknown: add a “Tổng điểm” row or the maximum of every area.',
    'criteria.issue.bad-total': '{where}: the total “{raw}” is not a number.',
    'criteria.issue.bad-meta.yes-no': '{where}: write “Có” (yes) or “Không” (no), not “{raw}”.',
    'criteria.issue.bad-meta.schema': '{where}: the criteria set is not valid: {detail}',
    'criteria.issue.bad-extends': '{where}: unknown criteria set “{raw}”; write one of the sets: {sets}.',
    'criteria.issue.reserved-id': '{where}: set id “{id}” belongs to a built-in set; choose another.',
    'criteria.issue.empty-set': '{where}: the criteria set has no nodes.',
    'criteria.issue.json-syntax': '{where}: not valid JSON ({detail}).',
    'criteria.issue.json-syntax.at': '{where}: not valid JSON at line {line}, column {column} ({detail}).',
    'criteria.issue.json-shape': '{where}: invalid value ({detail}).',
    'criteria.issue.json-shape.type': '{where}: expected a {expected}.',
    'criteria.issue.json-shape.unknown-keys': '{where}: fields the format does not have: {keys}.',

    'criteria.cli.using-sheet': 'Using criteria set “{title}” from sheet “{sheet}” of {file} ({nodes} nodes).',
    'criteria.cli.using-file': 'Using criteria set “{title}” from {file} ({nodes} nodes).',
    'criteria.cli.issues': 'The criteria set has {errors} errors and {warnings} warnings:',
    'criteria.cli.invalid': 'Cannot use the criteria set in {file}: fix the errors below and run again.',
    'criteria.cli.not-found': '{file} has no “Bộ tiêu chí” sheet, nor any sheet shaped like one (columns Mã, Tên tiêu chí, Điểm tối đa, Nguồn điểm).',
    'criteria.cli.bad-extension': 'The criteria set must be an .xlsx or .json file, or one of: {allowed} (got “{value}”).',
    'criteria.cli.exported': 'Criteria set {set} ({nodes} nodes) written to sheet “{sheet}” of {file}. Edit it, then: par-scorer check TABLE.xlsx --criteria {file}',
    'criteria.cli.export-needs-output': 'criteria --export needs an output file: -o NAME.xlsx.',
    'criteria.cli.export-exists': '{file} already exists; the tool does not overwrite it. Choose another name with -o.',
    'criteria.cli.from-table-needs-output': 'criteria --from-table needs an output file: -o NAME.xlsx.',
    'criteria.from-table.no-maxima-column':
      'Sheet “{sheet}” of {file} is not a score table with a maximum column, so it gives no maxima to make a criteria set from.',
    'criteria.from-table.custom-set':
      'Table “{sheet}” of {file} is checked against a criteria set of your own; change the maxima in that set itself.',
    'criteria.from-table.nothing-new':
      'Table “{sheet}” of {file} gives no maximum the criteria set lacks: there is no new set to make.',
    'criteria.from-table.inconsistent':
      'No criteria set made from table “{sheet}” of {file}: its maxima are not consistent (problems found: {count}, listed below). Fix them and run again; no file was written.',
    'criteria.from-table.invalid-set': 'No criteria set made from table “{sheet}” of {file}; no file was written:',
    'criteria.from-table.done':
      'Criteria set “{title}” written to sheet “{sheet}” of {file}: {filled} maxima taken from the table, {added} nodes the table has and the set lacked.',
    'criteria.from-table.next': 'Check against it: par-scorer check {table} --criteria {file}',
    'criteria.from-table.pane-done':
      'Sheet “{sheet}” made from the table’s maxima ({filled} maxima, {added} new nodes). This workbook is now checked against that set; edit the sheet directly if needed.',
    'criteria.excel.sheet-exists':
      'The workbook already has a sheet “{sheet}”; the tool does not overwrite it. Rename or delete that sheet to make the set from the table again. Nothing was changed.',
    'criteria.pane.missing': 'This workbook has no “Bộ tiêu chí” sheet; choose another criteria set in Settings.',
    'criteria.pane.this-workbook': 'this workbook',
    'criteria.pane.from-table-inconsistent':
      'No criteria set made: the maxima in table “{sheet}” are not consistent (problems found: {count}, see the findings). First: {first}',
    'criteria.pane.from-table-invalid': 'No criteria set made from table “{sheet}”: {first}',
    'criteria.excel.invalid':
      'Sheet “{sheet}” has {count} errors, so it cannot be used as the criteria set yet (the first at {where}). Fix the sheet, or choose a built-in set in Settings.',
    'criteria.pane.invalid':
      'Sheet “{sheet}” has {count} errors, so it cannot be used yet; the first: {first} Fix the sheet, or choose a built-in set in Settings.',
  },
};
