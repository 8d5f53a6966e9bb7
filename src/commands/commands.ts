import { countBySeverity } from '../domain/api/findings';
import { langFromDisplayLanguage, translator } from '../i18n';
import type { Translate } from '../i18n/types';
import { isKeyedError } from '../i18n/keyed-error';
import { checkSheet, failureError, writeOutput, type CheckResult } from '../excel/flows';
import { publishCheck } from './result-channel';

/** The id the manifest's ExecuteFunction action names. */
export const CHECK_TOTALS_ACTION = 'checkTotals';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface CommandEvent {
  completed(options?: unknown): void;
}

function describeError(error: unknown, t: Translate): string {
  if (isKeyedError(error)) return t(error.messageKey, error.params ?? {});
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks the active sheet and writes the tool's columns next to the table (subtotals, check
 * column with its red/green conditional format, notes on the rows with findings): the marking is
 * owned output, recorded in the marker and removed by "remove results"; user cells keep their
 * formats. The one-line result goes to the task pane through the result channel.
 */
async function runCheckTotals(run: Run, t: Translate, lang: 'vi' | 'en'): Promise<{ result: CheckResult | null; message: string }> {
  let result: CheckResult | null = null;
  try {
    const message = await run(async (context) => {
      const checked = await checkSheet(context);
      result = checked.result;
      if (!checked.result.ok) {
        const failure = failureError(checked.result.failure);
        return t(failure.messageKey, failure.params);
      }
      await writeOutput(context, checked.result.analysis, {
        t,
        lang,
        include: { tableColumns: true, summary: false, agencySheets: false },
        freshRead: checked.read,
      });
      const counts = countBySeverity(checked.result.analysis.findings);
      return counts.error === 0 && counts.warning === 0
        ? t('excel.command.doneClean', { sheet: checked.read.sheet })
        : t('excel.command.done', { sheet: checked.read.sheet, errors: counts.error, warnings: counts.warning, infos: counts.info });
    });
    return { result, message };
  } catch (error) {
    return { result, message: t('excel.command.failed', { reason: describeError(error, t) }) };
  }
}

/** The ribbon button. Office waits for event.completed(), so it is called whatever happens. */
export async function checkTotals(event: CommandEvent): Promise<void> {
  try {
    const lang = langFromDisplayLanguage(Office.context?.displayLanguage);
    const t = translator(lang);
    const { result, message } = await runCheckTotals((batch) => Excel.run(batch), t, lang);
    if (result) publishCheck({ result, message });
    try {
      await Office.addin.showAsTaskpane();
    } catch {
      // Without a shared runtime the pane cannot be opened from here; the result stays in the channel.
    }
  } finally {
    event.completed();
  }
}

/**
 * Registers the ribbon function as the page loads, beside the worksheet functions, as Microsoft's
 * Yeoman add-in template does (Office.actions.associate at the top level of the FunctionFile's
 * script, not inside Office.onReady): Excel may invoke the command as soon as the runtime starts,
 * and a registration that waited for Office left the button dead on a slow start. Office.actions
 * is SharedRuntime 1.1, which the manifest requires. Outside Office there is nothing to register.
 */
export function registerCommands(): boolean {
  if (typeof Office === 'undefined' || typeof Office.actions?.associate !== 'function') return false;
  Office.actions.associate(CHECK_TOTALS_ACTION, checkTotals);
  return true;
}
