import type { MessageTable } from '../types';

/**
 * Messages of the worksheet functions (=PAR.MAXPOINTS ...), keys prefixed "functions.". They are
 * shown in the error indicator of a #VALUE! or #N/A cell, so each names the argument at fault.
 */
export const FUNCTIONS_MESSAGES: MessageTable = {
  vi: {
    'functions.error.codeEmpty': 'Chưa có mã tiêu chí (ví dụ "2.4.1").',
    'functions.error.codeInvalid': '“{value}” không phải là mã tiêu chí (ví dụ "2.4.1" hoặc "II").',
    'functions.error.codeSeveral': 'Đối số có nhiều mã ({codes}); hàm chỉ nhận một mã.',
    'functions.error.unknownCode': 'Mã {code} không có trong bộ tiêu chí {set}.',
    'functions.error.unknownCode.trailingZero':
      'Mã {code} không có trong bộ tiêu chí {set}; nếu đã gõ {alternative} thì Excel đã bỏ số 0 cuối: hãy ghi mã dạng văn bản, ví dụ "{alternative}".',
    'functions.error.maxUnknown': 'Bộ tiêu chí {set} chưa có điểm tối đa cho {code}.',
    'functions.error.noParent': '{code} là lĩnh vực (cấp cao nhất) nên không có tiêu chí cha.',
    'functions.error.setUnknown': 'Không có bộ tiêu chí “{value}”; hãy dùng một trong: {ids}.',
    'functions.error.setAuto': '“auto” chỉ dùng khi kiểm tra cả trang tính; trong công thức hãy ghi rõ bộ tiêu chí ({ids}).',
    'functions.error.unexpected': 'Lỗi không mong đợi khi tính hàm: {reason}',
  },
  en: {
    'functions.error.codeEmpty': 'No criterion code given (for example "2.4.1").',
    'functions.error.codeInvalid': '“{value}” is not a criterion code (for example "2.4.1" or "II").',
    'functions.error.codeSeveral': 'The argument holds several codes ({codes}); the function takes one.',
    'functions.error.unknownCode': 'Code {code} is not in the criteria set {set}.',
    'functions.error.unknownCode.trailingZero':
      'Code {code} is not in the criteria set {set}; if {alternative} was typed, Excel dropped the trailing zero: write the code as text, e.g. "{alternative}".',
    'functions.error.maxUnknown': 'The criteria set {set} has no maximum for {code} yet.',
    'functions.error.noParent': '{code} is an area (the top level), so it has no parent criterion.',
    'functions.error.setUnknown': 'There is no criteria set “{value}”; use one of: {ids}.',
    'functions.error.setAuto': '“auto” only works when a whole sheet is checked; in a formula name the criteria set ({ids}).',
    'functions.error.unexpected': 'Unexpected error while computing the function: {reason}',
  },
};
