import { CHECK_TOTALS_ACTION, checkTotals, registerCommands } from '../../src/commands/commands';

/**
 * An Office global whose onReady never answers: a host that is slow to start. Whatever registers
 * only after onReady never registers here.
 */
function installSlowOffice(): Map<string, unknown> {
  const associated = new Map<string, unknown>();
  (globalThis as Record<string, unknown>).Office = {
    onReady: () => new Promise(() => undefined),
    actions: { associate: (id: string, fn: unknown) => associated.set(id, fn) },
  };
  return associated;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

describe('registration of the ribbon command', () => {
  it('associates checkTotals at once, without waiting for Office.onReady', () => {
    const associated = installSlowOffice();
    expect(registerCommands()).toBe(true);
    expect(associated.get(CHECK_TOTALS_ACTION)).toBe(checkTotals);
  });

  it('happens when functions.js loads, beside the worksheet functions, before Office is ready', () => {
    const associated = installSlowOffice();
    const functionIds: string[] = [];
    (globalThis as Record<string, unknown>).CustomFunctions = { associate: (id: string) => functionIds.push(id) };
    jest.isolateModules(() => {
      require('../../src/functions/index');
    });
    expect(functionIds).toEqual(['MAXPOINTS', 'NAME', 'PARENT', 'CHECK']);
    expect([...associated.keys()]).toEqual([CHECK_TOTALS_ACTION]);
    expect(typeof associated.get(CHECK_TOTALS_ACTION)).toBe('function');
  });

  it('does nothing outside Office', () => {
    expect(registerCommands()).toBe(false);
  });
});
