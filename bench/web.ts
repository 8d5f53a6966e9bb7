/**
 * The add-in flow on the fake Excel with Excel on the web's limits on (5 MB per request and per
 * response, 512 merged areas per call: "Resource limits and performance optimization for Office
 * Add-ins"; Range.getMergedAreasOrNullObject): how many round trips each step takes and the largest
 * request and response, at 1,000, 20,000 and 50,000 rows.
 */
import { checkSheet, writeOutput, type OutputParts } from '../src/excel/flows';
import { translator } from '../src/i18n';
import { createFakeWorkbook } from '../test/fakes';
import { WEB } from '../test/excel/helpers';
import { asFakeSheet, generated, SHAPES, type Shape } from './sheets';

export const WEB_LIMIT_BYTES = 5 * 1024 * 1024;

export interface WebStep {
  readonly step: 'check' | 'write-all';
  readonly syncs: number;
  /** Requests Excel refused (the one-request read of a sheet too big for one response). */
  readonly refused: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
}

export interface WebFigure {
  readonly shape: Shape;
  readonly rows: number;
  readonly steps: readonly WebStep[];
}

const ALL: OutputParts = { tableColumns: true, summary: true, agencySheets: true };

async function measure(shape: Shape, rows: number): Promise<WebFigure> {
  const fake = createFakeWorkbook({ sheets: [asFakeSheet(generated(shape, rows))] });
  const step = async (name: WebStep['step'], fn: () => Promise<unknown>): Promise<WebStep> => {
    fake.resetStats();
    await fn();
    const answered = fake.stats.responseBytesPerSync;
    return {
      step: name,
      syncs: fake.stats.syncs,
      refused: fake.stats.failedSyncs,
      maxRequestBytes: Math.max(0, ...fake.stats.bytesPerSync),
      maxResponseBytes: Math.max(0, ...answered.filter((b) => b <= WEB_LIMIT_BYTES)),
    };
  };
  let analysis: Awaited<ReturnType<typeof checkSheet>>['result'] | null = null;
  const check = await step('check', async () => {
    analysis = (await fake.run((ctx) => checkSheet(ctx, { capabilities: WEB }))).result;
  });
  const result = analysis as Awaited<ReturnType<typeof checkSheet>>['result'] | null;
  if (!result?.ok) throw new Error(`no table in the generated ${shape} sheet`);
  const write = await step('write-all', () =>
    fake.run((ctx) => writeOutput(ctx, result.analysis, { capabilities: WEB, t: translator('vi'), lang: 'vi', include: ALL })),
  );
  return { shape, rows, steps: [check, write] };
}

export async function runWeb(rows: readonly number[]): Promise<WebFigure[]> {
  const out: WebFigure[] = [];
  for (const shape of SHAPES) for (const n of rows) out.push(await measure(shape, n));
  return out;
}
