import { sameSheet } from '../domain/api/workbook';
import type { OwnershipMarker } from '../domain/api/marker';
import type { WritePlan } from '../domain/api/plan';
import type { Capabilities } from './capabilities';

/*
 * A re-run writes the tool's sheets anew and deletes the old ones (set-aside.ts); "remove results"
 * deletes them. Charts, shapes, comments and notes a user put on those sheets would go with them,
 * and Office.js cannot carry them to the new sheet. So the run asks how many each such sheet holds,
 * riding on its first read of the tool's cells, and stops, naming the sheet, when there are any:
 * the user moves them to a sheet of their own. (The command line carries them into the rewritten
 * sheet: src/xlsx/package/users-additions.ts.)
 */

export type SheetObjectKind = 'charts' | 'shapes' | 'comments' | 'notes';

/** The counts asked for, by sheet; read once the request that carried them is answered. */
export interface SheetObjectCounts {
  readonly sheets: readonly { readonly sheet: string; readonly counts: ReadonlyMap<SheetObjectKind, OfficeExtension.ClientResult<number>> }[];
}

/** The tool's existing sheets this plan deletes or writes anew. */
export function sheetsReplaced(plan: WritePlan, previous: OwnershipMarker | null, existing: readonly string[]): string[] {
  if (!previous) return [];
  const touched = [...plan.deleteSheets, ...plan.sheets.filter((s) => s.owned).map((s) => s.name)];
  return previous.sheets.filter((name) => existing.some((e) => sameSheet(e, name)) && touched.some((t) => sameSheet(t, name)));
}

/** Queues the counts the host can give (charts always: ExcelApi 1.4 is below the add-in's 1.7). */
export function queueObjectCounts(context: Excel.RequestContext, sheets: readonly string[], caps: Capabilities): SheetObjectCounts {
  return {
    sheets: sheets.map((sheet) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const counts = new Map<SheetObjectKind, OfficeExtension.ClientResult<number>>([['charts', ws.charts.getCount()]]);
      if (caps.shapes) counts.set('shapes', ws.shapes.getCount());
      if (caps.comments) counts.set('comments', ws.comments.getCount());
      if (caps.notes) counts.set('notes', ws.notes.getCount());
      return { sheet, counts };
    }),
  };
}

/** The first sheet holding any, with what it holds; null when none does or the host did not answer. */
export function firstWithObjects(read: SheetObjectCounts): { sheet: string; objects: [SheetObjectKind, number][] } | null {
  for (const { sheet, counts } of read.sheets) {
    const objects: [SheetObjectKind, number][] = [];
    for (const [kind, result] of counts) {
      let n = 0;
      try {
        n = result.value;
      } catch {
        // Not answered (the request was sent again without the counts): nothing known, nothing stopped.
      }
      if (n > 0) objects.push([kind, n]);
    }
    if (objects.length > 0) return { sheet, objects };
  }
  return null;
}
