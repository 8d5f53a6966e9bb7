import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef, useEffect, useState } from 'react';
import type { PaneCriteria, WorkbookCriteriaSheet } from '../services';
import type { Lang } from '../../i18n/types';
import { formatNumber, parseUserNumber } from '../format';
import { useI18n } from '../i18n-context';
import { CRITERIA_SET_IDS } from '../../domain/api/criteria-choices';
import { criteriaChoiceKey } from '../criteria-label';

export interface PaneSettings {
  readonly lang: Lang;
  readonly criteria: PaneCriteria;
  /** In points (0.02 by default): the largest subtotal difference still called rounding drift. */
  readonly tolerance: number;
}

/** What the picker offers: detection, the workbook's own set, then every registered set. */
export function criteriaChoices(): readonly PaneCriteria[] {
  return ['auto', 'workbook', ...CRITERIA_SET_IDS];
}

export const MAX_TOLERANCE = 1;

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface SettingsPanelProps {
  readonly settings: PaneSettings;
  readonly onChange: (next: PaneSettings) => void;
  readonly disabled: boolean;
  /** The workbook's "Bộ tiêu chí" sheet, offered as a choice when present. */
  readonly criteriaSheet?: WorkbookCriteriaSheet | undefined;
}

export const SettingsPanel = forwardRef<HTMLElement, SettingsPanelProps>(function SettingsPanel(
  { settings, onChange, disabled, criteriaSheet },
  ref,
) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [toleranceText, setToleranceText] = useState(formatNumber(settings.tolerance, lang, 4));
  useEffect(() => setToleranceText(formatNumber(settings.tolerance, lang, 4)), [settings.tolerance, lang]);
  const parsed = parseUserNumber(toleranceText);
  const toleranceInvalid = parsed === null || parsed < 0 || parsed > MAX_TOLERANCE;

  return (
    <section id="pane-settings" ref={ref} tabIndex={-1} aria-labelledby="pane-settings-title" className={styles.panel}>
      <h2 id="pane-settings-title" className={styles.heading}>
        {t('pane.settings.title')}
      </h2>
      <Field label={t('pane.settings.criteria')}>
        <Select
          value={settings.criteria}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...settings, criteria: data.value as PaneCriteria })}
        >
          {criteriaChoices().filter((choice) => choice !== 'workbook' || criteriaSheet || settings.criteria === 'workbook').map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'workbook' && criteriaSheet?.title
                ? t('pane.criteria.workbook.titled', { title: criteriaSheet.title, sheet: criteriaSheet.sheet })
                : t(criteriaChoiceKey(choice))}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('pane.settings.tolerance')}
        hint={toleranceInvalid ? undefined : t('pane.settings.toleranceHint')}
        validationMessage={toleranceInvalid ? t('pane.settings.toleranceInvalid', { max: formatNumber(MAX_TOLERANCE, lang) }) : undefined}
      >
        <Input
          inputMode="decimal"
          value={toleranceText}
          disabled={disabled}
          onChange={(_, data) => setToleranceText(data.value)}
          onBlur={() => {
            if (!toleranceInvalid && parsed !== null && parsed !== settings.tolerance) onChange({ ...settings, tolerance: parsed });
          }}
        />
      </Field>
      <Field label={t('pane.settings.language')}>
        <Select value={settings.lang} onChange={(_, data) => onChange({ ...settings, lang: data.value as Lang })}>
          {/* Each language is named in itself, whichever language the pane is in. */}
          <option value="vi">{t('pane.language.vi')}</option>
          <option value="en">{t('pane.language.en')}</option>
        </Select>
      </Field>
    </section>
  );
});
