import { mergeClasses, makeStyles, tokens } from '@fluentui/react-components';
import type { CriteriaSetId } from '../../domain/api/criteria-choices';
import { toPoints, type Fixed } from '../../domain/api/cells';
import type { AreaTotal } from '../../domain/api/analyze';
import { areaName } from '../area-names';
import { formatNumber, formatPoints } from '../format';
import { useI18n } from '../i18n-context';
import { VisuallyHidden } from './VisuallyHidden';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    display: 'grid',
    // A fixed numbers column keeps every bar's track the same length, so bars compare at a glance.
    gridTemplateColumns: '1.2em minmax(0, 1fr) 5.6em',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  code: { fontWeight: tokens.fontWeightSemibold, textAlign: 'right' },
  barBox: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2 },
  track: { height: '8px', backgroundColor: tokens.colorNeutralBackground5, borderRadius: tokens.borderRadiusSmall, overflow: 'hidden' },
  fill: { height: '100%', borderRadius: tokens.borderRadiusSmall },
  good: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  fair: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  weak: { backgroundColor: tokens.colorPaletteRedBackground3 },
  numbers: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', textAlign: 'right' },
  weakest: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

/** Share of the maximum; the sheet's stated values first, the recomputed sums when a cell is empty. */
function areaRatio(area: AreaTotal): number | null {
  const max: Fixed | null = area.max ?? area.recomputed.max;
  const score: Fixed | null = area.score ?? area.recomputed.score;
  if (max === null || score === null || max <= 0) return null;
  return Math.max(0, Math.min(1, toPoints(score) / toPoints(max)));
}

/** The area(s) with the lowest share: named on screen so they are seen at a glance. */
function weakestAreas(areas: readonly AreaTotal[]): ReadonlySet<string> {
  let lowest = Infinity;
  for (const a of areas) {
    const r = areaRatio(a);
    if (r !== null && r < lowest) lowest = r;
  }
  return new Set(areas.filter((a) => areaRatio(a) === lowest && lowest < 1).map((a) => a.code));
}

export function AreaBars({ areas, criteria }: { areas: readonly AreaTotal[]; criteria: CriteriaSetId | null }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const weakest = weakestAreas(areas);
  return (
    <>
      <h3 className={styles.heading} id="pane-areas-title">
        {t('pane.areas.title')}
      </h3>
      <ul className={styles.list} aria-labelledby="pane-areas-title" data-testid="area-bars">
        {areas.map((area) => {
          const ratio = areaRatio(area);
          const score = area.score ?? area.recomputed.score;
          const max = area.max ?? area.recomputed.max;
          const percent = ratio === null ? null : formatNumber(ratio * 100, lang, 0);
          const tone = ratio === null ? styles.fair : ratio >= 0.85 ? styles.good : ratio >= 0.7 ? styles.fair : styles.weak;
          const isWeakest = weakest.has(area.code);
          const name = areaName(t, criteria, area.code, area.name) || t('pane.areas.unnamed');
          const label = t('pane.areas.bar', {
            code: area.code,
            name,
            score: formatPoints(score, lang),
            max: formatPoints(max, lang),
            percent: percent ?? '—',
          });
          return (
            <li key={area.code} className={styles.item}>
              <VisuallyHidden>{isWeakest ? `${label}. ${t('pane.areas.weakest')}` : label}</VisuallyHidden>
              <span className={styles.code} aria-hidden="true">
                {area.code}
              </span>
              <span className={styles.barBox} aria-hidden="true">
                <span className={mergeClasses(styles.name, isWeakest && styles.weakest)} title={area.name || undefined}>
                  {name}
                </span>
                <span className={styles.track}>
                  <span className={mergeClasses(styles.fill, tone)} style={{ width: `${Math.round((ratio ?? 0) * 100)}%`, display: 'block' }} />
                </span>
              </span>
              <span className={mergeClasses(styles.numbers, isWeakest && styles.weakest)} aria-hidden="true">
                {formatPoints(score, lang)}/{formatPoints(max, lang)}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
