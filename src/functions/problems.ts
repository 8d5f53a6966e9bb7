import type { Params } from '../i18n/types';

/**
 * The only two Excel errors that carry a message to the user (the cell's error indicator):
 * #VALUE! for an argument of the wrong kind, #N/A for a value the criteria set does not have.
 */
export type FunctionErrorCode = 'invalidValue' | 'notAvailable';

/**
 * Builds the value a function throws to put an error in its cell. The add-in passes one that makes
 * CustomFunctions.Error; tests pass a plain one, so no Office global is needed to test the logic.
 */
export type ErrorFactory = (code: FunctionErrorCode, message: string) => unknown;

/** Raised inside the functions, turned into the factory's error (in the user's language) at the edge. */
export class FunctionProblem extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    readonly messageKey: string,
    readonly params: Params = {},
  ) {
    super(messageKey);
    this.name = 'FunctionProblem';
  }
}

export function invalidValue(messageKey: string, params?: Params): FunctionProblem {
  return new FunctionProblem('invalidValue', messageKey, params);
}

export function notAvailable(messageKey: string, params?: Params): FunctionProblem {
  return new FunctionProblem('notAvailable', messageKey, params);
}
