import { mergeClasses, Button, Select, ToggleButton, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Finding, Severity } from '../../domain/api/findings';
import type { AreaTotal } from '../../domain/api/analyze';
import type { CriteriaSetId } from '../../domain/api/criteria-choices';
import {
  ALL_SEVERITIES,
  NO_AREA,
  SEVERITY_ORDER,
  areasOf,
  countBySeverity,
  groupFindings,
} from '../findings-model';
import { areaName as shownAreaName } from '../area-names';
import { formatNumber } from '../format';
import { useI18n } from '../i18n-context';
import { findingText } from '../localize';

/** Long lists stay fast and readable: the rest of a group is one click away. */
const GROUP_PAGE = 50;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXS, alignItems: 'center' },
  areaLine: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, width: '100%' },
  areaLabel: { flexShrink: 0, whiteSpace: 'nowrap' },
  areaSelect: { flexGrow: 1, minWidth: 0 },
  severityHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  areaHeading: { margin: `${tokens.spacingVerticalXS} 0 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  item: {
    display: 'grid',
    gridTemplateColumns: '3.6em minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  selected: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  code: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  text: { minWidth: 0, overflowWrap: 'anywhere' },
  none: { margin: 0, color: tokens.colorNeutralForeground2 },
  dot: { width: '8px', height: '8px', borderRadius: '50%', display: 'inline-block' },
  dotError: { backgroundColor: tokens.colorPaletteRedBackground3 },
  dotWarning: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  dotInfo: { backgroundColor: tokens.colorPaletteBlueBorderActive },
});

interface FindingsProps {
  readonly findings: readonly Finding[];
  readonly areas: readonly AreaTotal[];
  /** The set the table was checked against: its areas are named in the UI language. */
  readonly criteria: CriteriaSetId | null;
  readonly onReveal: (finding: Finding) => void;
  readonly selected: Finding | null;
}

export function Findings({ findings, areas, criteria, onReveal, selected }: FindingsProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const areaSelectId = useId('area-filter');
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(ALL_SEVERITIES);
  const [area, setArea] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const areaChoices = useMemo(() => areasOf(findings), [findings]);
  const groups = useMemo(() => groupFindings(findings, { severities, area }), [findings, severities, area]);
  const shown = groups.reduce((n, g) => n + g.count, 0);
  const areaName = (code: string) => {
    if (code === NO_AREA) return t('pane.findings.noArea');
    const name = shownAreaName(t, criteria, code, areas.find((a) => a.code === code)?.name);
    return name ? t('pane.findings.area', { code, name }) : t('pane.findings.areaCode', { code });
  };

  const toggleSeverity = (severity: Severity) => {
    const next = new Set(severities);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    setSeverities(next);
  };
  const dotClass: Record<Severity, string> = { error: styles.dotError, warning: styles.dotWarning, info: styles.dotInfo };

  return (
    <section aria-labelledby="pane-findings-title" className={styles.section} data-testid="findings">
      <h2 id="pane-findings-title" className={styles.heading}>
        {t('pane.findings.title', { count: formatNumber(findings.length, lang) })}
      </h2>
      {findings.length === 0 ? (
        <p className={styles.none}>{t('pane.findings.none')}</p>
      ) : (
        <>
          <div className={styles.filters} role="group" aria-label={t('pane.findings.filterSeverity')}>
            {/* A filter for a severity with nothing in it would only take room. */}
            {SEVERITY_ORDER.filter((severity) => counts[severity] > 0).map((severity) => (
              <ToggleButton
                key={severity}
                size="small"
                checked={severities.has(severity)}
                onClick={() => toggleSeverity(severity)}
                icon={<span className={mergeClasses(styles.dot, dotClass[severity])} />}
              >
                {t(`severity.${severity}`)} ({formatNumber(counts[severity], lang)})
              </ToggleButton>
            ))}
          </div>
          <div className={styles.areaLine}>
            <label htmlFor={areaSelectId} className={styles.areaLabel}>{t('pane.findings.filterArea')}</label>
            <Select
              id={areaSelectId}
              size="small"
              className={styles.areaSelect}
              value={area ?? '*'}
              onChange={(_, data) => setArea(data.value === '*' ? null : data.value)}
            >
              <option value="*">{t('pane.findings.allAreas')}</option>
              {areaChoices.map((code) => (
                <option key={code || 'none'} value={code}>
                  {areaName(code)}
                </option>
              ))}
            </Select>
          </div>
          <p className={styles.none} role="status">
            {t('pane.findings.shown', { shown: formatNumber(shown, lang), total: formatNumber(findings.length, lang) })}
          </p>
          {groups.map((group) => (
            <section key={group.severity} aria-labelledby={`findings-${group.severity}`}>
              <h3 id={`findings-${group.severity}`} className={styles.severityHeading}>
                <span className={mergeClasses(styles.dot, dotClass[group.severity])} aria-hidden="true" />
                {t(`severity.${group.severity}`)} ({formatNumber(group.count, lang)})
              </h3>
              {group.areas.map((areaGroup) => {
                const groupKey = `${group.severity}:${areaGroup.area}`;
                const visible = expanded.has(groupKey) ? areaGroup.findings : areaGroup.findings.slice(0, GROUP_PAGE);
                const headingId = `findings-${group.severity}-${areaGroup.area || 'none'}`;
                return (
                  <div key={groupKey}>
                    <h4 id={headingId} className={styles.areaHeading}>
                      {areaName(areaGroup.area)}
                    </h4>
                    <ul className={styles.list} aria-labelledby={headingId}>
                      {visible.map((f, index) => (
                        <li key={`${f.rule}:${f.cell}:${index}`}>
                          <button
                            type="button"
                            className={mergeClasses(styles.item, styles[f.severity], selected === f && styles.selected)}
                            onClick={() => onReveal(f)}
                            aria-current={selected === f ? 'true' : undefined}
                            data-cell={f.cell}
                            data-rule={f.rule}
                          >
                            <span className={styles.cell}>{f.cell}</span>
                            <span className={styles.text}>
                              {f.code ? <span className={styles.code}>{f.code}</span> : null}
                              {findingText(f, t, lang)}
                            </span>
                          </button>
                        </li>
                      ))}
                    </ul>
                    {visible.length < areaGroup.findings.length ? (
                      <Button
                        size="small"
                        appearance="transparent"
                        onClick={() => setExpanded(new Set([...expanded, groupKey]))}
                      >
                        {t('pane.findings.showAll', { count: formatNumber(areaGroup.findings.length, lang) })}
                      </Button>
                    ) : null}
                  </div>
                );
              })}
            </section>
          ))}
        </>
      )}
    </section>
  );
}
