import { FUNCTION_IDS, officeErrorFactory, registerFunctions } from '../../src/functions/functions';

/** Just enough of the CustomFunctions global the shared runtime provides. */
class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** The Office global's requirement check, answering for CustomFunctionsRuntime up to `runtime`. */
function installOffice(runtime: string, displayLanguage?: string): void {
  const [major, minor] = runtime.split('.').map(Number) as [number, number];
  (globalThis as Record<string, unknown>).Office = {
    context: {
      displayLanguage,
      requirements: {
        isSetSupported: (name: string, version = '1.1') => {
          const [m, n] = version.split('.').map(Number) as [number, number];
          return name === 'CustomFunctionsRuntime' && (m < major || (m === major && n <= minor));
        },
      },
    },
  };
}

function installCustomFunctions(runtime = '1.3'): Map<string, (...args: unknown[]) => unknown> {
  installOffice(runtime);
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
    installOffice('1.3', 'en-US');
    expect(thrownBy(() => associated.get('PARENT')!('abc'))).toEqual({
      code: '#VALUE!',
      message: '“abc” is not a criterion code (for example "2.4.1" or "II").',
    });
  });

  it("uses Excel's error texts when the runtime has CustomFunctions.Error but not the ErrorCode enum", () => {
    installOffice('1.2');
    (globalThis as Record<string, unknown>).CustomFunctions = { associate: () => undefined, Error: FakeCustomFunctionsError };
    expect(officeErrorFactory('notAvailable', 'Thiếu')).toEqual({ code: '#N/A', message: 'Thiếu' });
    expect(officeErrorFactory('invalidValue', 'Sai')).toEqual({ code: '#VALUE!', message: 'Sai' });
  });

  it('falls back to a plain Error (shown as #VALUE!) on a runtime without CustomFunctions.Error', () => {
    const error = officeErrorFactory('notAvailable', 'Thiếu dữ liệu');
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Thiếu dữ liệu');
  });

  it('does not touch CustomFunctions.Error on a runtime 1.1 host, whose manifest minimum it is', () => {
    installCustomFunctions('1.1');
    const error = officeErrorFactory('invalidValue', 'Sai');
    expect(error).not.toBeInstanceOf(FakeCustomFunctionsError);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Sai');
  });
});
