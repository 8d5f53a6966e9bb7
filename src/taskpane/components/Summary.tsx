import { mergeClasses, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { Analysis } from '../../domain/api/analyze';
import type { Fixed } from '../../domain/api/cells';
import { formatNumber, formatPoints } from '../format';
import { useI18n } from '../i18n-context';
import { areaNamesOf } from '../area-names';
import { AreaBars } from './AreaBars';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, ':focus': { outline: 'none' } },
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  mismatch: { color: tokens.colorPaletteRedForeground1 },
});

function differs(a: Fixed | null, b: Fixed | null): boolean {
  return a !== null && b !== null && a !== b;
}

export function Summary({ analysis, headingRef }: { analysis: Analysis; headingRef?: Ref<HTMLHeadingElement> }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { totals } = analysis;
  const isScoreTable = analysis.table.layout.shape === 'score';
  const max = totals.recomputed.max ?? totals.stated.max ?? analysis.criteria.total;
  const totalMismatch = differs(totals.stated.score, totals.recomputed.score);

  const rows: { key: string; label: string; value: string; flag?: boolean }[] = isScoreTable
    ? [
        { key: 'stated', label: t('pane.summary.stated'), value: formatPoints(totals.stated.score, lang), flag: totalMismatch },
        { key: 'recomputed', label: t(totals.recomputedFrom ? `pane.summary.recomputed.${totals.recomputedFrom}` : 'pane.summary.recomputed'), value: formatPoints(totals.recomputed.score, lang), flag: totalMismatch },
        { key: 'max', label: t('pane.summary.max'), value: formatPoints(max, lang) },
        { key: 'lost', label: t('pane.summary.lost'), value: formatPoints(totals.lost, lang) },
        { key: 'gap', label: t('pane.summary.gap'), value: formatPoints(totals.gapToTarget, lang) },
      ]
    : [
        { key: 'rows', label: t('pane.summary.taskRows'), value: formatNumber(analysis.table.rows.filter((r) => r.kind === 'task').length, lang) },
        { key: 'agencies', label: t('pane.summary.agencies'), value: formatNumber(analysis.agencies.length, lang) },
      ];

  return (
    <section aria-labelledby="pane-summary-title" className={styles.section} data-testid="summary">
      <h2 id="pane-summary-title" className={styles.heading} ref={headingRef} tabIndex={-1}>
        {t('pane.summary.title')}
      </h2>
      <dl className={styles.list}>
        {rows.map((row) => (
          <div key={row.key} style={{ display: 'contents' }}>
            <dt className={styles.term}>{row.label}</dt>
            <dd className={mergeClasses(styles.value, row.flag && styles.mismatch)} data-testid={`summary-${row.key}`}>
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
      {isScoreTable && totals.byArea.length > 0 ? <AreaBars areas={totals.byArea} criteria={areaNamesOf(analysis.criteria)} /> : null}
    </section>
  );
}
