import { CRITERIA_SET_IDS, isBuiltInSetId } from '../domain/api/criteria-choices';
import { criteriaIndex, getCriteriaSet, type CriteriaIndex, type CriteriaNode } from '../domain/api/criteria';
import { toPoints } from '../domain/api/cells';
import type { Translate } from '../i18n/types';
import { argumentCell, argumentText, readCode, readSet, type CodeArgument, type SetSource } from './arguments';
import { rowFindings } from './check-row';
import { FunctionProblem, notAvailable, type ErrorFactory } from './problems';

interface ParFunctionsDeps {
  readonly makeError: ErrorFactory;
  /** Asked on every call: the user may switch Office's language while the workbook is open. */
  readonly translate: () => Translate;
  readonly sets?: SetSource;
}

/** The worksheet functions, without any Office global: the add-in registers these, tests call them. */
export interface ParFunctions {
  maxPoints(code: unknown, set?: unknown): number;
  name(code: unknown, set?: unknown): string;
  parent(code: unknown, set?: unknown): string;
  check(code: unknown, name: unknown, max: unknown, set?: unknown): string;
}

/** The value PAR.CHECK returns when none of its rules fires. */
export const CHECK_OK = 'OK';

export const EMBEDDED_SETS: SetSource = {
  ids: () => CRITERIA_SET_IDS,
  get: (id) => (isBuiltInSetId(id) ? getCriteriaSet(id) : undefined),
};

/**
 * The node a code argument names. Like the engine, a canonical code wins over an alias that spells
 * it, and a number 1.1 is read as 1.1 (Excel may have dropped the zero of 1.10: the message says so
 * when only 1.10 exists, since without a name nothing else can settle it).
 */
function lookUp(index: CriteriaIndex, arg: CodeArgument): CriteriaNode {
  const node = index.resolve(arg.code);
  if (node) return node;
  const set = index.set.id;
  const alternative = arg.parse.maybeTrailingZeroLost ? index.resolve(`${arg.code}0`) : undefined;
  if (alternative) throw notAvailable('functions.error.unknownCode.trailingZero', { code: arg.code, set, alternative: alternative.code });
  throw notAvailable('functions.error.unknownCode', { code: arg.code, set });
}

export function createParFunctions(deps: ParFunctionsDeps): ParFunctions {
  const sets = deps.sets ?? EMBEDDED_SETS;
  const indexOf = (set: unknown): CriteriaIndex => criteriaIndex(readSet(set, sets));

  /** Every problem leaves as an Excel error with a message, never as a value or a bare exception. */
  function guarded<A extends unknown[], R>(body: (...args: A) => R): (...args: A) => R {
    return (...args: A): R => {
      try {
        return body(...args);
      } catch (error) {
        const t = deps.translate();
        if (error instanceof FunctionProblem) throw deps.makeError(error.code, t(error.messageKey, error.params));
        const reason = error instanceof Error ? error.message : String(error);
        throw deps.makeError('invalidValue', t('functions.error.unexpected', { reason }));
      }
    };
  }

  return {
    maxPoints: guarded((code: unknown, set?: unknown): number => {
      const index = indexOf(set);
      const node = lookUp(index, readCode(code));
      // Unknown is not zero: a 0 would pass every comparison and hide the gap in the set.
      if (node.max === null) throw notAvailable('functions.error.maxUnknown', { code: node.code, set: index.set.id });
      return toPoints(node.max);
    }),
    name: guarded((code: unknown, set?: unknown): string => lookUp(indexOf(set), readCode(code)).name),
    parent: guarded((code: unknown, set?: unknown): string => {
      const node = lookUp(indexOf(set), readCode(code));
      if (node.parent === null) throw notAvailable('functions.error.noParent', { code: node.code });
      return node.parent;
    }),
    check: guarded((code: unknown, name: unknown, max: unknown, set?: unknown): string => {
      const index = indexOf(set);
      const first = rowFindings(index, readCode(code), argumentText(name), argumentCell(max))[0];
      return first ? first.rule : CHECK_OK;
    }),
  };
}
