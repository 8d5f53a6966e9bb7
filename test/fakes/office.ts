/**
 * Installs `Office`, `Excel` and `OfficeExtension` globals backed by a fake workbook, so code
 * written against office.js (the pane, the ribbon command) runs unchanged in Jest and the browser.
 */
import { FakeOfficeError } from './errors';
import type { FakeWorkbook } from './fake-excel';

export interface InstallOptions {
  displayLanguage?: string;
  /** Highest supported version per requirement set; ExcelApi defaults to 1.17. */
  requirementSets?: Record<string, string>;
  /** Initial document settings (Office.context.document.settings). */
  settings?: Record<string, unknown>;
  platform?: 'PC' | 'Mac' | 'OfficeOnline';
}

export interface FakeOfficeHandle {
  /** Functions registered with Office.actions.associate (ribbon commands). */
  readonly actions: Map<string, (event: unknown) => unknown>;
  /** Runs a ribbon command like Office would, resolving when it calls event.completed(). */
  invokeAction(id: string): Promise<void>;
  /** How many times Office.addin.showAsTaskpane was called. */
  readonly taskpaneShows: () => number;
  readonly settings: Map<string, unknown>;
  uninstall(): void;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const excelEnums = {
  ConditionalFormatType: { custom: 'Custom', cellValue: 'CellValue', containsText: 'ContainsText' },
  ConditionalCellValueOperator: {
    invalid: 'Invalid',
    between: 'Between',
    notBetween: 'NotBetween',
    equalTo: 'EqualTo',
    notEqualTo: 'NotEqualTo',
    greaterThan: 'GreaterThan',
    lessThan: 'LessThan',
    greaterThanOrEqual: 'GreaterThanOrEqual',
    lessThanOrEqual: 'LessThanOrEqual',
  },
  ConditionalTextOperator: { invalid: 'Invalid', contains: 'Contains', notContains: 'NotContains', beginsWith: 'BeginsWith', endsWith: 'EndsWith' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  HorizontalAlignment: { general: 'General', left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify' },
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks' },
  CalculationMode: { automatic: 'Automatic', automaticExceptTables: 'AutomaticExceptTables', manual: 'Manual' },
  CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
  RangeValueType: { unknown: 'Unknown', empty: 'Empty', string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', error: 'Error' },
  ErrorCodes: {
    accessDenied: 'AccessDenied',
    invalidArgument: 'InvalidArgument',
    invalidOperation: 'InvalidOperation',
    itemAlreadyExists: 'ItemAlreadyExists',
    itemNotFound: 'ItemNotFound',
    requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
    responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  },
};

/**
 * The settings bag is stored in the document as one JSON value and travels with the request that
 * saves it. Microsoft's Office.Settings reference gives no figure, so the fake holds the add-in to
 * 2 MB, well inside the 5 MB that Excel on the web accepts per request ("Resource limits and
 * performance optimization for Office Add-ins"): a save over it fails, as a host's refusal would.
 */
export const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

export function installFakeOffice(target: typeof globalThis, fake: FakeWorkbook, opts: InstallOptions = {}): FakeOfficeHandle {
  const globals = target as unknown as Record<string, unknown>;
  const previous = { Office: globals.Office, Excel: globals.Excel, OfficeExtension: globals.OfficeExtension };
  const actions = new Map<string, (event: unknown) => unknown>();
  const settings = new Map<string, unknown>(Object.entries(opts.settings ?? {}));
  // Sets Excel on the web reports; Settings has no versions (isSetSupported treats it as 1.1).
  const sets: Record<string, string> = {
    ExcelApi: '1.17',
    SharedRuntime: '1.1',
    RibbonApi: '1.1',
    CustomFunctionsRuntime: '1.3',
    Settings: '1.1',
    ...opts.requirementSets,
  };
  let shows = 0;
  const platform = opts.platform ?? 'OfficeOnline';
  const info = { host: 'Excel', platform };

  const office = {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
    PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      displayLanguage: opts.displayLanguage ?? 'vi-VN',
      contentLanguage: opts.displayLanguage ?? 'vi-VN',
      host: 'Excel',
      platform,
      document: {
        settings: {
          get: (name: string): unknown => (settings.has(name) ? settings.get(name) : null),
          set: (name: string, value: unknown): void => {
            settings.set(name, value);
          },
          remove: (name: string): void => {
            settings.delete(name);
          },
          saveAsync: (callback?: (result: { status: string; error?: { code?: number; message: string } }) => void): void => {
            const bytes = new TextEncoder().encode(JSON.stringify(Object.fromEntries(settings))).length;
            const result =
              bytes > SETTINGS_LIMIT_BYTES
                ? { status: 'failed', error: { message: `The settings (${bytes} bytes) exceed the ${SETTINGS_LIMIT_BYTES}-byte limit for an add-in.` } }
                : { status: 'succeeded' };
            setTimeout(() => callback?.(result), 0);
          },
        },
      },
      requirements: {
        isSetSupported: (name: string, version?: string): boolean => {
          const max = sets[name];
          return max !== undefined && (version === undefined || compareVersions(max, version) >= 0);
        },
      },
    },
    actions: {
      associate: (id: string, fn: (event: unknown) => unknown): void => {
        actions.set(id, fn);
      },
    },
    addin: {
      showAsTaskpane: (): Promise<void> => {
        shows += 1;
        return Promise.resolve();
      },
      hide: (): Promise<void> => Promise.resolve(),
    },
  };

  const excel = {
    ...excelEnums,
    run<T>(first: unknown, second?: unknown): Promise<T> {
      const batch = (typeof first === 'function' ? first : second) as (context: Excel.RequestContext) => Promise<T>;
      if (typeof batch !== 'function') return Promise.reject(new FakeOfficeError('InvalidArgument', 'Excel.run needs a batch function.'));
      return fake.run(batch);
    },
  };

  globals.Office = office;
  globals.Excel = excel;
  globals.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: excelEnums.ErrorCodes };

  return {
    actions,
    invokeAction(id: string): Promise<void> {
      const fn = actions.get(id);
      if (!fn) return Promise.reject(new Error(`No action associated with "${id}".`));
      return new Promise<void>((resolve, reject) => {
        const event = { completed: () => resolve(), source: { id } };
        Promise.resolve()
          .then(() => fn(event))
          .catch(reject);
      });
    },
    taskpaneShows: () => shows,
    settings,
    uninstall() {
      for (const [k, v] of Object.entries(previous)) {
        if (v === undefined) delete globals[k];
        else globals[k] = v;
      }
    },
  };
}
