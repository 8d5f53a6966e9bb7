/// <reference types="custom-functions-runtime" />
/**
 * The worksheet functions as Excel sees them (namespace PAR, from the manifest). The JSDoc below is
 * the source of functions.json (custom-functions-metadata reads it at build time), so each function
 * is a top-level declaration whose description is what Excel shows in the formula bar. The logic
 * lives in par-functions.ts; this file only binds it to Office.
 */
import { langFromDisplayLanguage, translator } from '../i18n';
import type { Translate } from '../i18n/types';
import { isSetSupported } from '../office/requirement-sets';
import { createParFunctions, type ParFunctions } from './par-functions';
import type { ErrorFactory } from './problems';

/**
 * CustomFunctions.Error carries the message from CustomFunctionsRuntime 1.2 on, and its ErrorCode
 * enum exists from 1.3; the manifest asks only for 1.1, so both are asked for first. An older runtime
 * still shows #VALUE! for a thrown Error, which is the best it can do.
 */
export const officeErrorFactory: ErrorFactory = (code, message) => {
  if (typeof CustomFunctions !== 'undefined' && isSetSupported('CustomFunctionsRuntime', '1.2')) {
    // Without the enum (runtime 1.2), Excel's own error texts, which are the enum's values.
    const excelCode = isSetSupported('CustomFunctionsRuntime', '1.3')
      ? code === 'notAvailable'
        ? CustomFunctions.ErrorCode.notAvailable
        : CustomFunctions.ErrorCode.invalidValue
      : code === 'notAvailable'
        ? '#N/A'
        : '#VALUE!';
    return new CustomFunctions.Error(excelCode as CustomFunctions.ErrorCode, message);
  }
  return new Error(message);
};

function officeTranslate(): Translate {
  let display: string | undefined;
  try {
    display = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  } catch {
    display = undefined;
  }
  // Before Office reports a language, Vietnamese: the add-in's users are Vietnamese officers.
  return translator(display ? langFromDisplayLanguage(display) : 'vi');
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator maps only `any` to
   Excel's "any" parameter type, and a code may arrive as text ("1.10") or as a number (1.1). */

let shared: ParFunctions | undefined;
function functions(): ParFunctions {
  shared ??= createParFunctions({ makeError: officeErrorFactory, translate: officeTranslate });
  return shared;
}

/**
 * Điểm tối đa của một tiêu chí theo Bộ tiêu chí. Trả về #N/A khi mã không có trong bộ hoặc bộ chưa có điểm tối đa của tiêu chí đó.
 * @customfunction MAXPOINTS
 * @param {any} code Mã tiêu chí, ví dụ "2.4.1", "1.10" hoặc "II" (lĩnh vực). Mã có số 0 ở cuối như 1.10 nên ghi dạng văn bản.
 * @param {string} [set] Mã bộ tiêu chí (để trống: bộ hiện hành); ghi sai mã thì lỗi kèm danh sách các mã dùng được.
 * @returns {number} Điểm tối đa.
 */
export function parMaxPoints(code: any, set?: string): number {
  return functions().maxPoints(code, set);
}

/**
 * Tên của một tiêu chí theo Bộ tiêu chí.
 * @customfunction NAME
 * @param {any} code Mã tiêu chí, ví dụ "2.4.1" hoặc "II" (lĩnh vực).
 * @param {string} [set] Mã bộ tiêu chí (để trống: bộ hiện hành); ghi sai mã thì lỗi kèm danh sách các mã dùng được.
 * @returns {string} Tên tiêu chí.
 */
export function parName(code: any, set?: string): string {
  return functions().name(code, set);
}

/**
 * Mã của tiêu chí cha (lĩnh vực hoặc tiêu chí chứa tiêu chí này). Lĩnh vực không có tiêu chí cha: trả về #N/A.
 * @customfunction PARENT
 * @param {any} code Mã tiêu chí, ví dụ "2.4.1".
 * @param {string} [set] Mã bộ tiêu chí (để trống: bộ hiện hành); ghi sai mã thì lỗi kèm danh sách các mã dùng được.
 * @returns {string} Mã tiêu chí cha.
 */
export function parParent(code: any, set?: string): string {
  return functions().parent(code, set);
}

/**
 * Kiểm tra mã, tên và điểm tối đa của một dòng như khi kiểm tra cả bảng. Trả về "OK", hoặc mã quy tắc bị vi phạm (name-mismatch, max-mismatch, unknown-code ...).
 * @customfunction CHECK
 * @param {any} code Mã tiêu chí trên dòng, ví dụ "2.4.1".
 * @param {any} name Tên tiêu chí ghi trên dòng (để trống nếu không kiểm tra tên).
 * @param {any} max Điểm tối đa ghi trên dòng (để trống nếu không kiểm tra điểm).
 * @param {string} [set] Mã bộ tiêu chí (để trống: bộ hiện hành); ghi sai mã thì lỗi kèm danh sách các mã dùng được.
 * @returns {string} "OK" hoặc mã quy tắc.
 */
export function parCheck(code: any, name: any, max: any, set?: string): string {
  return functions().check(code, name, max, set);
}

/** The ids in functions.json, bound to the functions above. */
export const FUNCTION_IDS = { MAXPOINTS: parMaxPoints, NAME: parName, PARENT: parParent, CHECK: parCheck } as const;

/**
 * Called as the page loads: Excel looks the ids up as soon as the runtime starts. Outside Excel (the
 * browser tests, an old host) there is no CustomFunctions and nothing to register.
 */
export function registerFunctions(): boolean {
  if (typeof CustomFunctions === 'undefined' || typeof CustomFunctions.associate !== 'function') return false;
  for (const [id, fn] of Object.entries(FUNCTION_IDS)) CustomFunctions.associate(id, fn);
  return true;
}
