import { mergeClasses, Button, Caption1, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Analysis } from '../../domain/api/analyze';
import { isCustomSet } from '../../domain/api/criteria';
import type { PaneCriteria } from '../services';
import { useI18n } from '../i18n-context';
import { criteriaChoiceKey } from '../criteria-label';
import type { WorkbookInfo } from '../services';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  label: { flexShrink: 0, color: tokens.colorNeutralForeground3, minWidth: '5.5em' },
  value: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  // The criteria set's name is what the user must be able to read in full: it wraps instead.
  wrap: { minWidth: 0, overflowWrap: 'anywhere' },
  caption: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  grow: { flexGrow: 1, minWidth: 0 },
});

interface PaneHeaderProps {
  readonly info: WorkbookInfo | null;
  readonly selectedSheet: string | null;
  readonly onSelectSheet: (sheet: string) => void;
  readonly analysis: Analysis | null;
  readonly criteria: PaneCriteria;
  readonly onChangeCriteria: () => void;
  readonly disabled: boolean;
  /** Shown at the end of the title row (the settings toggle). */
  readonly titleAction?: ReactNode;
}

export function PaneHeader({ info, selectedSheet, onSelectSheet, analysis, criteria, onChangeCriteria, disabled, titleAction }: PaneHeaderProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const sheetId = useId('sheet');
  const criteriaText = analysis
    ? isCustomSet(analysis.criteria)
      ? t('pane.header.criteriaCustom', { set: analysis.criteria.title })
      : t(analysis.criteriaChosenBy === 'detected' ? 'pane.header.criteriaDetected' : 'pane.header.criteriaForced', {
          set: t(criteriaChoiceKey(analysis.criteria.id)),
        })
    : t(criteriaChoiceKey(criteria));
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <h1 id="pane-title" className={styles.title}>
          {t('app.name')}
        </h1>
        {titleAction}
      </div>
      <div className={styles.line}>
        <Caption1 className={styles.label}>{t('pane.header.workbook')}</Caption1>
        <span className={styles.value} title={info?.workbook}>
          {info?.workbook ?? '…'}
        </span>
      </div>
      <div className={styles.line}>
        <label htmlFor={sheetId} className={mergeClasses(styles.label, styles.caption)}>
          {t('pane.header.sheet')}
        </label>
        <Select
          id={sheetId}
          className={styles.grow}
          size="small"
          value={selectedSheet ?? ''}
          disabled={disabled || !info}
          onChange={(_, data) => onSelectSheet(data.value)}
        >
          {(info?.sheets ?? []).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </div>
      <div className={styles.line}>
        <Caption1 className={styles.label}>{t('pane.header.criteria')}</Caption1>
        <span className={mergeClasses(styles.wrap, styles.grow)} data-testid="criteria-in-use">
          {criteriaText}
        </span>
        <Button size="small" appearance="subtle" onClick={onChangeCriteria} disabled={disabled} aria-label={t('pane.header.changeCriteria')}>
          {t('pane.header.change')}
        </Button>
      </div>
    </header>
  );
}
