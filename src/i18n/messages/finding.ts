import type { MessageTable } from '../types';

/**
 * Finding texts (keys `finding.<rule-id>` and variants) and short rule titles (`finding.title.*`).
 * The amount params arrive from the engine as dotted decimals; the translator writes them with a
 * decimal comma in Vietnamese. `raw` (the cell's own text) and codes are never reformatted.
 */
export const FINDINGS_MESSAGES: MessageTable = {
  amountParams: ['stated', 'sum', 'difference', 'tolerance', 'max', 'score', 'target', 'value', 'expected'],
  // Criteria sets arrive by id and are shown by their names (the registry's `pane.criteria.<id>`).
  keyParams: { methodology: 'pane.criteria.', other: 'pane.criteria.' },
  vi: {
    'finding.unknown-code': 'Mã {code} không có trong bộ tiêu chí đang dùng.',
    'finding.unknown-code.suggest': 'Mã {code} không có trong bộ tiêu chí; tên trên dòng khớp với tiêu chí {suggestedCode} “{suggestedName}”.',
    'finding.code-not-in-copy':
      'Mã {code} không có trong bản cây tiêu chí của công cụ (thuộc {parentCode} “{parentName}”); có thể là mục mới, hãy đối chiếu văn bản hướng dẫn.',
    'finding.duplicate-code': 'Mã {code} lặp lại; mã này đã có ở ô {firstCell}.',
    'finding.duplicate-code.suggest':
      'Mã {code} lặp lại; mã này đã có ở ô {firstCell}. Tên “{name}” là của {suggestedCode} (“{suggestedName}”): có thể gõ nhầm mã.',
    'finding.name-mismatch': 'Tên “{name}” không khớp với tên của {code} trong bộ tiêu chí: “{treeName}”.',
    'finding.name-mismatch.suggest':
      'Tên “{name}” không khớp với {code} (“{treeName}”) mà khớp với {suggestedCode} “{suggestedName}”; kiểm tra lại mã.',
    'finding.max-mismatch': 'Điểm tối đa của {code} ghi {stated}, bộ tiêu chí quy định {expected}.',
    'finding.score-exceeds-max': 'Điểm {score} ở ô {cell} vượt điểm tối đa {max}.',
    'finding.target-exceeds-max': 'Mục tiêu {target} ở ô {cell} vượt điểm tối đa {max}.',
    'finding.negative-value': 'Ô {cell} (cột “{column}”) có giá trị âm {value}.',
    'finding.not-a-number': 'Ô {cell} (cột “{column}”) ghi “{raw}”, không đọc được thành số nên không được cộng vào tổng.',
    'finding.formula-not-calculated':
      'Ô {cell} (cột “{column}”) có công thức {formula} nhưng chưa có kết quả (tệp được lưu mà chưa tính). Hãy mở tệp bằng Excel, tính lại (F9) và lưu, rồi kiểm tra lại; đến lúc đó ô này không được cộng vào tổng.',
    'finding.number-as-text':
      'Ô {cell} (cột “{column}”) lưu số {value} dưới dạng chữ (“{raw}”); công cụ vẫn đọc được nhưng hàm SUM của Excel sẽ bỏ qua ô này.',
    'finding.subtotal-mismatch': 'Tiêu chí {code} (cột “{column}”) ghi {stated} nhưng tổng các tiêu chí thành phần là {sum} (lệch {difference}).',
    'finding.subtotal-mismatch.rounding':
      'Tiêu chí {code} (cột “{column}”) ghi {stated} nhưng tổng các tiêu chí thành phần là {sum} (lệch {difference}, do làm tròn).',
    'finding.subtotal-mismatch.area': 'Tổng lĩnh vực {code} (cột “{column}”) ghi {stated} nhưng tổng các tiêu chí con là {sum} (lệch {difference}).',
    'finding.subtotal-mismatch.area.rounding':
      'Tổng lĩnh vực {code} (cột “{column}”) ghi {stated} nhưng tổng các tiêu chí con là {sum} (lệch {difference}, do làm tròn).',
    'finding.total-mismatch': 'Dòng tổng (cột “{column}”) ghi {stated} nhưng tổng các lĩnh vực là {sum} (lệch {difference}).',
    'finding.total-mismatch.rounding': 'Dòng tổng (cột “{column}”) ghi {stated} nhưng tổng các lĩnh vực là {sum} (lệch {difference}, do làm tròn).',
    'finding.target-below-score': 'Mục tiêu {target} ở ô {cell} thấp hơn điểm đã đạt {score}.',
    'finding.max-sum-mismatch':
      'Điểm tối đa của tiêu chí {code} (sheet “{sheet}”, ô {cell}) ghi {stated} nhưng điểm tối đa các tiêu chí thành phần cộng lại là {sum} (lệch {difference}).',
    'finding.max-sum-mismatch.rounding':
      'Điểm tối đa của tiêu chí {code} (sheet “{sheet}”, ô {cell}) ghi {stated} nhưng điểm tối đa các tiêu chí thành phần cộng lại là {sum} (lệch {difference}, trong mức làm tròn {tolerance}).',
    'finding.max-sum-mismatch.area':
      'Điểm tối đa của lĩnh vực {code} (sheet “{sheet}”, ô {cell}) ghi {stated} nhưng điểm tối đa các tiêu chí con cộng lại là {sum} (lệch {difference}).',
    'finding.max-sum-mismatch.area.rounding':
      'Điểm tối đa của lĩnh vực {code} (sheet “{sheet}”, ô {cell}) ghi {stated} nhưng điểm tối đa các tiêu chí con cộng lại là {sum} (lệch {difference}, trong mức làm tròn {tolerance}).',
    'finding.max-sum-mismatch.decision':
      'Điểm tối đa các tiêu chí của lĩnh vực {code} trên sheet “{sheet}” (cột “{column}”, từ ô {cell}) cộng lại là {sum}, khác điểm tối đa {expected} của lĩnh vực theo {basis} (lệch {difference}).',
    'finding.maxima-from-table':
      'Điểm tối đa của {count} tiêu chí, tiêu chí thành phần được lấy từ cột “{column}” của sheet “{sheet}”, vì {basis} không quy định điểm tối đa của các mục này. Các điểm đó được kiểm tra cộng đúng lên tiêu chí cha và lĩnh vực.',
    'finding.missing-criterion': 'Bảng không có dòng cho {code} “{name}” của bộ tiêu chí.',
    'finding.missing-lead': 'Chưa có cơ quan chủ trì cho {code}.',
    'finding.missing-lead.task': 'Nhiệm vụ ở ô {cell} chưa có cơ quan chủ trì.',
    'finding.ambiguous-code':
      'Mã {code} có hai nghĩa theo hai cách đánh số: {codeA} “{nameA}” hoặc {codeB} “{nameB}”; tên trên dòng không đủ để phân biệt.',
    'finding.ambiguous-code.several': 'Ô {cell} có nhiều mã ({codes}) nên điểm trên dòng không gán được cho một tiêu chí.',
    'finding.code-trailing-zero':
      'Mã {code} được lưu dạng số; nếu đã gõ {alternative} (“{alternativeName}”) thì Excel đã bỏ số 0 cuối. Nên định dạng cột mã là Văn bản.',

    'finding.title.unknown-code': 'Mã không có trong bộ tiêu chí',
    'finding.title.code-not-in-copy': 'Mã chưa có trong bản cây tiêu chí',
    'finding.title.duplicate-code': 'Mã lặp lại',
    'finding.title.name-mismatch': 'Tên không khớp mã',
    'finding.title.max-mismatch': 'Điểm tối đa sai',
    'finding.title.score-exceeds-max': 'Điểm vượt tối đa',
    'finding.title.target-exceeds-max': 'Mục tiêu vượt tối đa',
    'finding.title.negative-value': 'Giá trị âm',
    'finding.title.not-a-number': 'Không phải số',
    'finding.title.number-as-text': 'Số lưu dạng chữ',
    'finding.title.formula-not-calculated': 'Công thức chưa tính',
    'finding.title.subtotal-mismatch': 'Tổng phụ không khớp',
    'finding.title.target-below-score': 'Mục tiêu thấp hơn điểm',
    'finding.title.missing-criterion': 'Thiếu tiêu chí',
    'finding.title.missing-lead': 'Thiếu cơ quan chủ trì',
    'finding.title.ambiguous-code': 'Mã chưa rõ nghĩa',
    'finding.title.code-trailing-zero': 'Mã có thể mất số 0 cuối',
    'finding.title.total-mismatch': 'Tổng điểm không khớp',
    'finding.title.mixed-methodology': 'Lẫn hai bộ tiêu chí',
    'finding.title.max-sum-mismatch': 'Điểm tối đa không cộng đúng',
    'finding.title.maxima-from-table': 'Điểm tối đa lấy từ bảng',
    'finding.mixed-methodology.custom':
      'Bảng lẫn mã và tên của hai bộ tiêu chí, {methodology} và {other}; đang đối chiếu theo bộ “{set}”.',
    'finding.mixed-methodology.numbering':
      'Bảng dùng lẫn hai cách đánh số bộ tiêu chí 2022–2030: cách của Quyết định 876/QĐ-BNV và cách đánh số lại (như 7.3.5 thay cho 7.3.6); công cụ nhận từng dòng theo tên, nên thống nhất một cách đánh số.',
    'finding.renumbered-code': 'Mã {code} theo cách đánh số khác; trong “{set}” tiêu chí “{name}” mang mã {canonical}.',
    'finding.title.renumbered-code': 'Mã theo cách đánh số khác',
  },
  en: {
    'finding.unknown-code': 'Code {code} is not in the criteria set in use.',
    'finding.unknown-code.suggest': 'Code {code} is not in the criteria set; the name on this row matches {suggestedCode} “{suggestedName}”.',
    'finding.code-not-in-copy':
      "Code {code} is not in the tool's copy of the criteria tree (it falls under {parentCode} “{parentName}”); it may be new: check it against the official guidance.",
    'finding.duplicate-code': 'Code {code} appears again; it is already at {firstCell}.',
    'finding.duplicate-code.suggest':
      'Code {code} appears again; it is already at {firstCell}. The name “{name}” is that of {suggestedCode} (“{suggestedName}”): the code may be a typo.',
    'finding.name-mismatch': 'The name “{name}” does not match {code} in the criteria set: “{treeName}”.',
    'finding.name-mismatch.suggest':
      'The name “{name}” does not match {code} (“{treeName}”) but matches {suggestedCode} “{suggestedName}”; check the code.',
    'finding.max-mismatch': 'The maximum of {code} is written as {stated}; the criteria set says {expected}.',
    'finding.score-exceeds-max': 'The score {score} in {cell} exceeds the maximum {max}.',
    'finding.target-exceeds-max': 'The target {target} in {cell} exceeds the maximum {max}.',
    'finding.negative-value': 'Cell {cell} (column “{column}”) holds a negative value, {value}.',
    'finding.not-a-number': 'Cell {cell} (column “{column}”) says “{raw}”, which is not a number, so it is left out of every sum.',
    'finding.formula-not-calculated':
      'Cell {cell} (column “{column}”) holds the formula {formula} but no result (the file was saved without calculating). Open it in Excel, recalculate (F9) and save, then check again; until then this cell is left out of every sum.',
    'finding.number-as-text':
      "Cell {cell} (column “{column}”) stores the number {value} as text (“{raw}”); the tool reads it, but Excel's SUM skips it.",
    'finding.subtotal-mismatch': 'Criterion {code} (column “{column}”) states {stated} but its sub-criteria add up to {sum} (off by {difference}).',
    'finding.subtotal-mismatch.rounding':
      'Criterion {code} (column “{column}”) states {stated} but its sub-criteria add up to {sum} (off by {difference}, rounding).',
    'finding.subtotal-mismatch.area': 'Area {code} (column “{column}”) states {stated} but its criteria add up to {sum} (off by {difference}).',
    'finding.subtotal-mismatch.area.rounding':
      'Area {code} (column “{column}”) states {stated} but its criteria add up to {sum} (off by {difference}, rounding).',
    'finding.total-mismatch': 'The total row (column “{column}”) states {stated} but the areas add up to {sum} (off by {difference}).',
    'finding.total-mismatch.rounding':
      'The total row (column “{column}”) states {stated} but the areas add up to {sum} (off by {difference}, rounding).',
    'finding.target-below-score': 'The target {target} in {cell} is below the score already reached, {score}.',
    'finding.max-sum-mismatch':
      'The maximum of criterion {code} (sheet “{sheet}”, cell {cell}) states {stated} but the maxima of its sub-criteria add up to {sum} (off by {difference}).',
    'finding.max-sum-mismatch.rounding':
      'The maximum of criterion {code} (sheet “{sheet}”, cell {cell}) states {stated} but the maxima of its sub-criteria add up to {sum} (off by {difference}, within the rounding tolerance of {tolerance}).',
    'finding.max-sum-mismatch.area':
      'The maximum of area {code} (sheet “{sheet}”, cell {cell}) states {stated} but the maxima of its criteria add up to {sum} (off by {difference}).',
    'finding.max-sum-mismatch.area.rounding':
      'The maximum of area {code} (sheet “{sheet}”, cell {cell}) states {stated} but the maxima of its criteria add up to {sum} (off by {difference}, within the rounding tolerance of {tolerance}).',
    'finding.max-sum-mismatch.decision':
      'The maxima of the criteria of area {code} on sheet “{sheet}” (column “{column}”, from cell {cell}) add up to {sum}, not the area maximum of {expected} set by {basis} (off by {difference}).',
    'finding.maxima-from-table':
      'The maxima of {count} criteria and sub-criteria come from column “{column}” of sheet “{sheet}”, as {basis} does not set them. They are checked to add up to their parents and areas.',
    'finding.missing-criterion': 'The table has no row for {code} “{name}” of the criteria set.',
    'finding.missing-lead': 'No lead agency for {code}.',
    'finding.missing-lead.task': 'The task in {cell} has no lead agency.',
    'finding.ambiguous-code':
      'Code {code} means two things in two numberings: {codeA} “{nameA}” or {codeB} “{nameB}”; the name on the row does not tell which.',
    'finding.ambiguous-code.several': 'Cell {cell} holds several codes ({codes}), so the points on the row belong to no single criterion.',
    'finding.code-trailing-zero':
      'Code {code} is stored as a number; if {alternative} (“{alternativeName}”) was typed, Excel dropped the trailing zero. Format the code column as Text.',

    'finding.title.unknown-code': 'Unknown code',
    'finding.title.code-not-in-copy': 'Code not in our copy of the tree',
    'finding.title.duplicate-code': 'Duplicate code',
    'finding.title.name-mismatch': 'Name does not match code',
    'finding.title.max-mismatch': 'Wrong maximum',
    'finding.title.score-exceeds-max': 'Score above maximum',
    'finding.title.target-exceeds-max': 'Target above maximum',
    'finding.title.negative-value': 'Negative value',
    'finding.title.not-a-number': 'Not a number',
    'finding.title.number-as-text': 'Number stored as text',
    'finding.title.formula-not-calculated': 'Formula not calculated',
    'finding.title.subtotal-mismatch': 'Subtotal mismatch',
    'finding.title.target-below-score': 'Target below score',
    'finding.title.missing-criterion': 'Missing criterion',
    'finding.title.missing-lead': 'Missing lead agency',
    'finding.title.ambiguous-code': 'Ambiguous code',
    'finding.title.code-trailing-zero': 'Code may have lost a trailing zero',
    'finding.title.total-mismatch': 'Total mismatch',
    'finding.title.mixed-methodology': 'Mixed criteria sets',
    'finding.title.max-sum-mismatch': 'Maxima do not add up',
    'finding.title.maxima-from-table': 'Maxima taken from the table',
    'finding.mixed-methodology.custom':
      'The table mixes codes and names of two criteria sets, {methodology} and {other}; checking against “{set}”.',
    'finding.mixed-methodology.numbering':
      'The table mixes two numberings of the 2022–2030 criteria: that of Decision 876/QĐ-BNV and a renumbered one (such as 7.3.5 for 7.3.6); rows are recognised by name, but one numbering throughout is clearer.',
    'finding.renumbered-code': 'Code {code} follows another numbering; in “{set}” the criterion “{name}” is {canonical}.',
    'finding.title.renumbered-code': 'Code in another numbering',
  },
};
