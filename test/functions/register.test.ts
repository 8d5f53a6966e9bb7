import { FUNCTION_IDS, officeErrorFactory, registerFunctions } from '../../src/functions/functions';

/** Just enough of the CustomFunctions global the shared runtime provides. */
class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function installCustomFunctions(): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  (globalThis as Record<string, unknown>).CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: FakeCustomFunctionsError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  };
  return associated;
}

function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('registerFunctions', () => {
  it('does nothing outside Excel (no CustomFunctions global)', () => {
    expect(registerFunctions()).toBe(false);
  });

  it('associates the four ids of functions.json', () => {
    const associated = installCustomFunctions();
    expect(registerFunctions()).toBe(true);
    expect([...associated.keys()]).toEqual(['MAXPOINTS', 'NAME', 'PARENT', 'CHECK']);
    expect(associated.get('MAXPOINTS')).toBe(FUNCTION_IDS.MAXPOINTS);
    expect(associated.get('NAME')!('1.1', 'par-2017')).toBe('Thực hiện Kế hoạch CCHC năm');
    expect(associated.get('CHECK')!('1.1', 'Thực hiện Kế hoạch CCHC năm', 2, 'par-2017')).toBe('max-mismatch');
  });

  it("throws CustomFunctions.Error with Excel's code and a message in Office's language", () => {
    const associated = installCustomFunctions();
    registerFunctions();
    const vi = thrownBy(() => associated.get('MAXPOINTS')!('1.1'));
    expect(vi).toBeInstanceOf(FakeCustomFunctionsError);
    expect(vi).toEqual({ code: '#N/A', message: 'Bộ tiêu chí par-2022 chưa có điểm tối đa cho 1.1.' });
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: 'en-US' } };
    expect(thrownBy(() => associated.get('PARENT')!('abc'))).toEqual({
      code: '#VALUE!',
      message: '“abc” is not a criterion code (for example "2.4.1" or "II").',
    });
  });

  it("uses Excel's error texts when the runtime has CustomFunctions.Error but not the ErrorCode enum", () => {
    (globalThis as Record<string, unknown>).CustomFunctions = { associate: () => undefined, Error: FakeCustomFunctionsError };
    expect(officeErrorFactory('notAvailable', 'Thiếu')).toEqual({ code: '#N/A', message: 'Thiếu' });
    expect(officeErrorFactory('invalidValue', 'Sai')).toEqual({ code: '#VALUE!', message: 'Sai' });
  });

  it('falls back to a plain Error (shown as #VALUE!) on a runtime without CustomFunctions.Error', () => {
    const error = officeErrorFactory('notAvailable', 'Thiếu dữ liệu');
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Thiếu dữ liệu');
  });
});
