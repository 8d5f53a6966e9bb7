import type { CriteriaSet } from '../../src/domain/criteria';
import { parseCriteriaSet } from '../../src/domain/criteria/schema';
import { translator } from '../../src/i18n';
import type { Lang } from '../../src/i18n/types';
import type { SetSource } from '../../src/functions/arguments';
import { createParFunctions, EMBEDDED_SETS, type ParFunctions } from '../../src/functions/par-functions';
import type { FunctionErrorCode } from '../../src/functions/problems';

/** What the test factory throws: the code and message Excel would show, nothing else. */
export class CellError {
  constructor(
    readonly code: FunctionErrorCode,
    readonly message: string,
  ) {}
}

export function functionsFor(options: { lang?: Lang; sets?: SetSource } = {}): ParFunctions {
  return createParFunctions({
    makeError: (code, message) => new CellError(code, message),
    translate: () => translator(options.lang ?? 'vi'),
    sets: options.sets ?? EMBEDDED_SETS,
  });
}

/** The error a call puts in its cell; fails the test when the call returns a value instead. */
export function cellError(call: () => unknown): CellError {
  let value: unknown;
  try {
    value = call();
  } catch (error) {
    if (error instanceof CellError) return error;
    throw error;
  }
  throw new Error(`expected an Excel error, got the value ${JSON.stringify(value)}`);
}

const node = (code: string, name: string, max: number | null) => ({
  code,
  parent: code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null,
  level: code.includes('.') ? 'criterion' : 'area',
  name,
  max: max === null ? null : max * 10_000,
  kind: 'self-assessment',
  aliases: [],
  sources: ['test/functions/helpers.ts:1'],
});

/** A small set with both 1.1 and 1.10, as a province's own index may have (the embedded ones do not). */
export function setWithTen(options: { withoutOneOne?: boolean } = {}): SetSource {
  const criteria = [
    ...(options.withoutOneOne ? [] : [node('1.1', 'Ban hành kế hoạch cải cách hành chính', 1)]),
    ...Array.from({ length: 8 }, (_, i) => node(`1.${i + 2}`, `Tiêu chí mẫu số ${i + 2} về công tác tuyên truyền`, 1)),
    node('1.10', 'Tổ chức hội nghị đối thoại với doanh nghiệp', 2),
  ];
  const total = criteria.reduce((sum, n) => sum + (n.max ?? 0), 0);
  const set: CriteriaSet = parseCriteriaSet({
    id: 'par-2022',
    title: 'Bộ thử',
    basis: 'Kiểm thử',
    total,
    partial: false,
    nodes: [{ ...node('1', 'Công tác chỉ đạo điều hành', null), max: total }, ...criteria],
  });
  return { ids: () => ['par-2022'], get: (id) => (id === 'par-2022' ? set : undefined) };
}
