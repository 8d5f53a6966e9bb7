import { useEffect, useRef } from 'react';
import { columnLetter } from '../domain/api/cells';
import type { Translate } from '../i18n/types';
import { cellKey, type ViewSheet, type ViewValue } from './snapshot-view';

/**
 * A plain HTML picture of the fake workbook: enough to see what the pane read, wrote and selected.
 * Not a spreadsheet: nothing here is editable.
 */
interface WorkbookViewProps {
  readonly sheets: readonly ViewSheet[];
  readonly shown: string | null;
  readonly onShow: (sheet: string) => void;
  readonly selection: { readonly sheet: string; readonly row: number; readonly col: number } | null;
  readonly t: Translate;
  /** The workbook's regional format: numbers show as Excel would show them in that file. */
  readonly locale: string;
}

function display(value: ViewValue, locale: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

export function WorkbookView({ sheets, shown, onShow, selection, t, locale }: WorkbookViewProps) {
  const visible = sheets.filter((s) => s.visibility === 'Visible');
  const hidden = sheets.length - visible.length;
  const sheet = visible.find((s) => s.name === shown) ?? visible[0] ?? null;
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const selectedHere = selection && sheet && selection.sheet === sheet.name ? selection : null;

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selectedHere?.row, selectedHere?.col, sheet?.name]);

  const width = sheet ? Math.max(0, ...sheet.values.map((r) => r.length)) : 0;
  return (
    <section className="workbook" aria-labelledby="workbook-title" data-testid="fake-workbook">
      <h2 id="workbook-title" className="visually-hidden">
        {t('pane.dev.workbook')}
      </h2>
      <div className="tabs" role="tablist" aria-label={t('pane.dev.sheets')}>
        {visible.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s === sheet}
            aria-controls="workbook-grid"
            data-sheet={s.name}
            onClick={() => onShow(s.name)}
          >
            {s.name}
          </button>
        ))}
        {hidden > 0 ? <span className="hidden-note">{t('pane.dev.hiddenSheets', { count: hidden })}</span> : null}
      </div>
      <div className="grid-box" id="workbook-grid" role="tabpanel" aria-label={sheet?.name ?? ''} tabIndex={0}>
        {sheet ? (
          <table className="grid" data-sheet={sheet.name}>
            <thead>
              <tr>
                <th scope="col" aria-label={t('pane.dev.corner')} />
                {Array.from({ length: width }, (_, c) => (
                  <th key={c} scope="col">
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.values.map((row, r) => (
                <tr key={r}>
                  <th scope="row">{r + 1}</th>
                  {Array.from({ length: width }, (_, c) => {
                    const key = cellKey(r, c);
                    if (sheet.covered.has(key)) return null;
                    const span = sheet.spans.get(key);
                    const value = row[c] ?? null;
                    const formula = sheet.formulas[r]?.[c] ?? null;
                    const isSelected = selectedHere !== null && selectedHere.row === r && selectedHere.col === c;
                    return (
                      <td
                        key={c}
                        ref={isSelected ? selectedRef : undefined}
                        rowSpan={span?.rows}
                        colSpan={span?.cols}
                        className={[typeof value === 'number' ? 'num' : '', formula ? 'formula' : '', isSelected ? 'selected' : ''].join(' ').trim() || undefined}
                        title={formula ?? undefined}
                        data-address={`${columnLetter(c)}${r + 1}`}
                      >
                        {display(value, locale)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('pane.dev.noSheet')}</p>
        )}
      </div>
    </section>
  );
}
