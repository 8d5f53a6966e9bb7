import type { CriteriaSheetLayout } from '../domain/api/custom-criteria';
import { criteriaPlanSheet } from '../domain/api/build-plan';
import { sheetKey } from '../domain/api/workbook';
import { detectCapabilities, type Capabilities } from './capabilities';
import { BAND_SHARE, chunkOps, DEFAULT_MAX_BYTES_PER_SYNC } from './chunk';
import { encodeSheet } from './encode';
import { ExcelAdapterError, translated } from './errors';
import { Executor } from './executor';

interface CriteriaSheetWriteOptions {
  readonly capabilities?: Capabilities;
  readonly maxBytesPerSync?: number;
}

/**
 * Adds a "Bộ tiêu chí" sheet holding the layout, through the same encoder and executor as every
 * other write. Only ever a new sheet: a sheet of that name, whatever it holds, is the user's and is
 * refused before anything is written. Should a write fail part way, the half-made sheet (which did
 * not exist before) is deleted, so the workbook is left as it was.
 */
export async function writeCriteriaSheet(
  context: Excel.RequestContext,
  layout: CriteriaSheetLayout,
  options: CriteriaSheetWriteOptions = {},
): Promise<{ readonly sheet: string; readonly syncs: number }> {
  const caps = options.capabilities ?? detectCapabilities();
  const maxBytes = options.maxBytesPerSync ?? DEFAULT_MAX_BYTES_PER_SYNC;
  return translated(async () => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    let syncs = 1;
    const taken = worksheets.items.find((ws) => sheetKey(ws.name) === sheetKey(layout.name));
    if (taken) throw new ExcelAdapterError('criteria.excel.sheet-exists', { sheet: taken.name });

    const { chunks, oversized } = chunkOps(encodeSheet(criteriaPlanSheet(layout), 'add', Math.floor(maxBytes * BAND_SHARE)), maxBytes);
    if (oversized.length > 0) throw new ExcelAdapterError('excel.error.payloadTooLarge');
    const executor = new Executor(context, caps);
    try {
      for (const chunk of chunks) {
        for (const op of chunk) executor.queue(op);
        syncs += 1;
        await context.sync();
      }
    } catch (error) {
      const made = context.workbook.worksheets.getItemOrNullObject(layout.name);
      made.load('isNullObject');
      await context.sync().catch(() => undefined);
      if (!made.isNullObject) {
        made.delete();
        await context.sync().catch(() => undefined);
      }
      throw error;
    }
    return { sheet: layout.name, syncs };
  });
}
