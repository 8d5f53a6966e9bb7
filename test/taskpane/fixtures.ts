import type { Analysis } from '../../src/domain/analysis';
import type { Finding, Severity } from '../../src/domain/check/types';
import type { CriteriaSet } from '../../src/domain/criteria/types';
import { fixed, type Fixed } from '../../src/domain/fixed';
import type { AreaTotal } from '../../src/domain/score/types';
import type { ReadTable } from '../../src/domain/table/types';
import type {
  OutputOptions,
  RemovalPreview,
  UserEditsChoice,
  CheckOutcome,
  CheckRequest,
  SheetChangePreview,
  WorkbookInfo,
  WorkbookService,
  WriteSummary,
} from '../../src/taskpane/services';

export const SHEET = 'Phụ lục I';

const AREA_NAMES = [
  'Công tác chỉ đạo, điều hành CCHC',
  'Xây dựng và tổ chức thực hiện văn bản QPPL',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy hành chính nhà nước',
  'Xây dựng và nâng cao chất lượng đội ngũ CBCCVC',
  'Cải cách tài chính công',
  'Hiện đại hóa hành chính',
  'Tác động của CCHC đến người dân, tổ chức',
];
/** Maxima and scores of Kế hoạch Đắk Lắk 2020 style: area 3 is deliberately the weakest (50 %). */
const AREA_POINTS: readonly (readonly [number, number])[] = [
  [9.5, 8.5],
  [10, 9],
  [13, 6.5],
  [10.5, 9.75],
  [15, 13.5],
  [12, 11],
  [13.5, 11.25],
  [16.5, 14.5],
];

function area(i: number): AreaTotal {
  const [max, score] = AREA_POINTS[i]!;
  const m = fixed(max);
  const s = fixed(score);
  return {
    code: String(i + 1),
    name: AREA_NAMES[i]!,
    row: 5 + i * 10,
    max: m,
    score: s,
    target: null,
    recomputed: { max: m, score: s, target: null },
    lost: (m - s) as Fixed,
  };
}

export function finding(overrides: Partial<Finding> & Pick<Finding, 'cell' | 'severity'>): Finding {
  const row = Number(/\d+/.exec(overrides.cell)?.[0] ?? '1');
  return {
    rule: 'subtotal-mismatch',
    sheet: SHEET,
    row,
    col: 3,
    code: null,
    expected: null,
    actual: null,
    messageKey: 'test.finding',
    params: {},
    ...overrides,
  };
}

export const FINDINGS: readonly Finding[] = [
  finding({ cell: 'D16', severity: 'error', code: '3.1', rule: 'subtotal-mismatch', expected: '2.5', actual: '3', messageKey: 'pane.test.sum', params: { code: '3.1', expected: '2.5', actual: '3' } }),
  finding({ cell: 'D7', severity: 'warning', code: '1.2', rule: 'number-as-text', messageKey: 'pane.test.text' }),
  finding({ cell: 'B40', severity: 'error', code: '5.2', rule: 'unknown-code', messageKey: 'pane.test.unknown' }),
  finding({ cell: 'A3', severity: 'info', code: null, rule: 'missing-criterion', messageKey: 'pane.test.missing' }),
];

const CRITERIA: CriteriaSet = {
  id: 'par-2017',
  title: 'PAR INDEX 2017-2020',
  basis: 'test',
  total: fixed(100),
  partial: false,
  nodes: [],
};

const TABLE: ReadTable = {
  layout: {
    sheet: SHEET,
    headerRow: 3,
    headerRowCount: 1,
    columns: [
      { role: 'code', col: 0, header: 'TT' },
      { role: 'name', col: 1, header: 'Tiêu chí' },
      { role: 'max', col: 2, header: 'Điểm tối đa' },
      { role: 'score', col: 3, header: 'Điểm 2019' },
    ],
    firstDataRow: 4,
    lastDataRow: 90,
    lastUsedCol: 5,
    shape: 'score',
  },
  rows: [],
};

export function makeAnalysis(findings: readonly Finding[] = FINDINGS): Analysis {
  const byArea = AREA_POINTS.map((_, i) => area(i));
  return {
    sheet: SHEET,
    table: TABLE,
    criteria: CRITERIA,
    criteriaChosenBy: 'detected',
    findings,
    lines: [],
    totals: {
      stated: { max: fixed(100), score: fixed(84.5), target: fixed(90), row: 95 },
      recomputed: { max: fixed(100), score: fixed(84), target: fixed(90) },
      recomputedFrom: 'areas',
      rootRows: byArea.flatMap((a) => (a.row === null ? [] : [a.row])),
      lost: fixed(16),
      gapToTarget: fixed(6),
      byArea,
      byKind: [],
    },
    agencies: [],
  };
}

type Call =
  | { readonly method: 'check'; readonly request: CheckRequest }
  | { readonly method: 'reveal'; readonly sheet: string; readonly cell: string }
  | { readonly method: 'writeResults' | 'previewAgencySheets' | 'createAgencySheets' | 'removeResults' | 'previewRemoval' | 'describe' | 'saveCriteriaFromTable' };

/** A scripted WorkbookService that records what the pane asked for. */
export class ScriptedService implements WorkbookService {
  readonly calls: Call[] = [];
  info: WorkbookInfo = { workbook: 'KH CCHC 2020.xlsx', sheet: SHEET, sheets: [SHEET, 'Phụ lục II'] };
  outcomes: CheckOutcome[] = [{ ok: true, analysis: makeAnalysis() }];
  preview: SheetChangePreview = { create: ['Sở Tư pháp', 'Ban Dân tộc', 'Đài PT-TH', 'Tổng hợp'], update: [], remove: [] };
  failWith: unknown = null;
  removal: RemovalPreview = { sheets: ['PAR - Tổng hợp', 'Sở Tư pháp'], tableSheet: SHEET, columns: ['H', 'I', 'J', 'K', 'L', 'M'] };
  /** Thrown by the next write or removal asked without a choice (then cleared). */
  editsError: unknown = null;
  /** The choice each write or removal was asked with (undefined: none). */
  readonly userEdits: (UserEditsChoice | undefined)[] = [];
  /** Sheets the next describe() reports, after a write (the tool's new sheets). */
  afterWrite: readonly string[] | null = null;
  /** When set, check() waits for it: lets a test watch the pane while work is under way. */
  gate: Promise<void> | null = null;
  private externalListeners: ((outcome: CheckOutcome) => void)[] = [];

  /** The language each write or preview was asked in (headers and sheet names follow it). */
  readonly outputLangs: string[] = [];

  private maybeFail(): void {
    if (this.failWith !== null) throw this.failWith;
  }
  async describe() {
    this.calls.push({ method: 'describe' });
    return this.info;
  }
  async check(request: CheckRequest) {
    this.calls.push({ method: 'check', request });
    if (this.gate) await this.gate;
    this.maybeFail();
    const next = this.outcomes.length > 1 ? this.outcomes.shift()! : this.outcomes[0]!;
    return next;
  }
  private summary(created: string[]): WriteSummary {
    return { sheetsCreated: created, sheetsUpdated: [], sheetsDeleted: [] };
  }
  private written(choice: UserEditsChoice | undefined): void {
    this.userEdits.push(choice);
    if (choice === undefined && this.editsError !== null) {
      const error = this.editsError;
      this.editsError = null;
      throw error;
    }
    if (this.afterWrite) this.info = { ...this.info, sheets: [...this.afterWrite] };
  }
  async writeResults(_analysis: Analysis, options: OutputOptions) {
    this.calls.push({ method: 'writeResults' });
    this.outputLangs.push(options.lang);
    this.maybeFail();
    this.written(options.userEdits);
    return this.summary([]);
  }
  async previewRemoval() {
    this.calls.push({ method: 'previewRemoval' });
    this.maybeFail();
    return this.removal;
  }
  async previewAgencySheets(_analysis: Analysis, options: OutputOptions) {
    this.calls.push({ method: 'previewAgencySheets' });
    this.outputLangs.push(options.lang);
    this.maybeFail();
    return this.preview;
  }
  async createAgencySheets(_analysis: Analysis, options: OutputOptions) {
    this.calls.push({ method: 'createAgencySheets' });
    this.outputLangs.push(options.lang);
    this.maybeFail();
    this.written(options.userEdits);
    return this.summary([...this.preview.create]);
  }
  async saveCriteriaFromTable(_analysis: Analysis) {
    this.calls.push({ method: 'saveCriteriaFromTable' });
    this.maybeFail();
    return { sheet: 'Bộ tiêu chí', title: 'Bộ tiêu chí của tỉnh', filled: 9, added: 0 };
  }
  async removeResults(options?: { readonly userEdits?: UserEditsChoice }) {
    this.calls.push({ method: 'removeResults' });
    this.maybeFail();
    this.written(options?.userEdits);
    return { sheetsCreated: [], sheetsUpdated: [], sheetsDeleted: ['Tổng hợp'] };
  }
  async reveal(sheet: string, cell: string) {
    this.calls.push({ method: 'reveal', sheet, cell });
  }
  onExternalCheck(listener: (outcome: CheckOutcome) => void) {
    this.externalListeners.push(listener);
    return () => {
      this.externalListeners = this.externalListeners.filter((l) => l !== listener);
    };
  }
  emitExternal(outcome: CheckOutcome) {
    for (const l of this.externalListeners) l(outcome);
  }
  checks(): CheckRequest[] {
    return this.calls.flatMap((c) => (c.method === 'check' ? [c.request] : []));
  }
  count(method: Call['method']): number {
    return this.calls.filter((c) => c.method === method).length;
  }
}
