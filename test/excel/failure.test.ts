import { asFakeSheet, generateScoreSheet } from '../support/generate-plan';
import { applyPlan } from '../../src/excel/apply';
import { readSheet } from '../../src/excel/read';
import { buildWritePlan } from '../../src/domain/plan/build';
import type { WritePlan } from '../../src/domain/plan/types';
import { translator } from '../../src/i18n';
import type { FakeWorkbook } from '../fakes';
import { analysisOf, normalized, TABLE, WEB, workbook } from './helpers';

async function planOf(fake: FakeWorkbook): Promise<WritePlan> {
  const read = await fake.run((ctx) => readSheet(ctx, undefined, { capabilities: WEB }));
  const analysis = await analysisOf(fake);
  const built = buildWritePlan(analysis, { grid: read.grid, previous: null, existingSheets: read.sheets, t: translator('vi'), lang: 'vi', include: TABLE });
  if (!built.ok) throw new Error('plan refused');
  return built.plan;
}

/** A context whose nth sync is applied and then reported as failed, as when Excel stops mid-request. */
function failingAt(ctx: Excel.RequestContext, n: number): Excel.RequestContext {
  let count = 0;
  return new Proxy(ctx, {
    get(target, prop) {
      if (prop === 'sync')
        return async () => {
          await target.sync();
          count++;
          if (count === n) throw Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' });
        };
      return Reflect.get(target, prop) as unknown;
    },
  });
}

describe('a write that fails part way', () => {
  it('on a first run, removes what it wrote and reports the error: the workbook is as it was', async () => {
    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(1000))] });
    const plan = await planOf(fake);
    const before = fake.snapshot();
    // Sync 1 is the pre-flight read, 2 and 3 are writes (the small budget makes several).
    const failure = await fake.run((ctx) => applyPlan(failingAt(ctx, 3), plan, { capabilities: WEB, maxBytesPerSync: 40_000 })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.general', code: 'GeneralException' });
    expect(normalized(fake.snapshot())).toEqual(normalized(before));
    expect(fake.model.calculationMode).toBe('Automatic');
    expect(fake.model.enableEvents).toBe(true);
  });
});

describe('a request Excel refuses as too large', () => {
  it('is sent again in smaller requests, and the result is the same as in one go', async () => {
    const reference = workbook({ sheets: [asFakeSheet(generateScoreSheet(1000))] });
    const referencePlan = await planOf(reference);
    await reference.run((ctx) => applyPlan(ctx, referencePlan, { capabilities: WEB }));

    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(1000))], maxBytesPerSync: 30_000 });
    const plan = await planOf(fake);
    fake.resetStats();
    await fake.run((ctx) => applyPlan(ctx, plan, { capabilities: WEB, maxBytesPerSync: 200_000 }));
    expect(fake.stats.failedSyncs).toBeGreaterThan(0);
    expect(Math.max(...fake.stats.bytesPerSync.filter((b) => b <= 30_000))).toBeLessThanOrEqual(30_000);
    expect(fake.snapshot()).toEqual(reference.snapshot());
  });

  it('stops with a clear message when even a small request is refused, and nothing is written', async () => {
    const fake = workbook({ sheets: [asFakeSheet(generateScoreSheet(1000))], maxBytesPerSync: 3_000 });
    const plan = await planOf(fake);
    const before = fake.snapshot();
    const failure = await fake.run((ctx) => applyPlan(ctx, plan, { capabilities: WEB })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ messageKey: 'excel.error.payloadTooLarge' });
    expect(translator('vi')('excel.error.payloadTooLarge')).not.toBe('excel.error.payloadTooLarge');
    expect(fake.snapshot()).toEqual(before);
    expect(fake.model.calculationMode).toBe('Automatic');
  });
});
