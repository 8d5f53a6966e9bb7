import {
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import type { Analysis } from '../domain/api/analyze';
import { translator } from '../i18n';
import type { Lang } from '../i18n/types';
import { Actions } from './components/Actions';
import { ColumnMapForm } from './components/ColumnMapForm';
import { areaNamesOf } from './area-names';
import { Findings } from './components/Findings';
import { PaneHeader } from './components/PaneHeader';
import { SettingsPanel } from './components/SettingsPanel';
import { Summary } from './components/Summary';
import { formatNumber } from './format';
import { I18nProvider } from './i18n-context';
import { useDelayed } from './use-delayed';
import { RemovalDialog } from './components/RemovalDialog';
import { UserEditsDialog } from './components/UserEditsDialog';
import { activeSheetOf, analysisOf } from './pane-state';
import type { SettingsStore, WorkbookService } from './services';
import { useFocusWhen, usePaneState } from './use-pane-state';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '640px',
    minWidth: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  check: { width: '100%', maxWidth: 'none' },
  status: { minHeight: '1.25em', margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  barTitle: { display: 'block', marginBottom: tokens.spacingVerticalXXS },
  detail: { display: 'block', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  link: { fontSize: 'inherit' },
  mappingNote: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0, fontSize: tokens.fontSizeBase200 },
});

export interface PaneAppProps {
  readonly service: WorkbookService;
  readonly settingsStore: SettingsStore;
  /** From Office's display language (vi* gives Vietnamese); a saved choice wins. */
  readonly defaultLang: Lang;
}

/** The table carries maxima the built-in set lacks (one info finding says so): they can become the workbook's set. */
function canMakeCriteria(analysis: Analysis): boolean {
  return analysis.criteriaChosenBy !== 'custom' && analysis.findings.some((f) => f.rule === 'maxima-from-table');
}

export function PaneApp({ service, settingsStore, defaultLang }: PaneAppProps) {
  const styles = useStyles();
  const { state, actions, storedOverrides } = usePaneState(service, settingsStore, defaultLang);
  const { settings, settingsOpen, info, busy, outcome, mappingOpen, error, notice, agencyPreview, selected, pending, removal } = state;
  const t = useMemo(() => translator(settings.lang), [settings.lang]);
  const settingsFocus = useFocusWhen<HTMLElement>(settingsOpen);
  const analysis = analysisOf(state);
  const activeSheet = activeSheetOf(state);

  // When what had focus went away (a form that closed, a button that was disabled), focus moves to
  // the results, not to the top of the page.
  const resultsRef = useRef<HTMLHeadingElement>(null);
  // An open dialog keeps the focus it takes.
  const dialogOpen = removal !== null || pending !== null;
  useEffect(() => {
    if (busy !== null || dialogOpen) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    resultsRef.current?.focus();
  }, [busy, dialogOpen]);

  const disabled = busy !== null;
  const slowWork = useDelayed(busy);
  const failure = outcome && !outcome.ok ? outcome : null;
  const lang = settings.lang;

  return (
    <I18nProvider lang={lang}>
      <FluentProvider theme={webLightTheme} className={styles.provider} lang={lang === 'vi' ? 'vi' : 'en'}>
        <main className={styles.main} aria-labelledby="pane-title" aria-busy={disabled}>
          <PaneHeader
            info={info}
            selectedSheet={activeSheet}
            onSelectSheet={actions.selectSheet}
            analysis={analysis}
            criteria={settings.criteria}
            onChangeCriteria={() => {
              settingsFocus.want();
              actions.showSettings(true);
            }}
            disabled={disabled}
            titleAction={
              <Button
                appearance="subtle"
                size="small"
                aria-expanded={settingsOpen}
                aria-controls={settingsOpen ? 'pane-settings' : undefined}
                onClick={() => actions.showSettings(!settingsOpen)}
              >
                {t(settingsOpen ? 'pane.settings.hide' : 'pane.settings.show')}
              </Button>
            }
          />
          {settingsOpen ? <SettingsPanel ref={settingsFocus.ref} settings={settings} onChange={actions.changeSettings} disabled={disabled} criteriaSheet={info?.criteriaSheet} /> : null}
          <Button appearance="primary" size="large" className={styles.check} onClick={actions.check} disabled={disabled || !activeSheet}>
            {t('pane.check')}
          </Button>
          <div role="status" aria-live="polite">
            {busy && slowWork === busy ? (
              <>
                <ProgressBar thickness="medium" aria-label={t(`pane.progress.${busy}`)} />
                <p className={styles.status} data-testid="progress">
                  {t(`pane.progress.${busy}`)}
                </p>
              </>
            ) : notice ? (
              <p className={styles.status} data-testid="notice">
                {t(notice.key, notice.params)}
              </p>
            ) : null}
          </div>
          {error ? (
            <MessageBar intent="error" layout="multiline" data-testid="error">
              <MessageBarBody>
                <MessageBarTitle className={styles.barTitle}>{t('pane.error.title')}</MessageBarTitle>
                {t(error.key, error.params)}
                {error.detail ? <span className={styles.detail}>{error.detail}</span> : null}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {failure && failure.failure.reason === 'no-header' && !mappingOpen ? (
            <Button onClick={() => actions.showMapping(true)}>{t('pane.map.open')}</Button>
          ) : null}
          {failure && failure.failure.reason === 'no-header' && mappingOpen ? (
            <>
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {t('pane.map.noHeader', {
                    sheet: failure.failure.sheet,
                    roles: failure.failure.rolesSeen.map((role) => t(`pane.role.${role}`)).join(', ') || '—',
                  })}
                </MessageBarBody>
              </MessageBar>
              <ColumnMapForm
                key={failure.failure.sheet}
                sheet={failure.failure.sheet}
                {...(failure.preview ? { preview: failure.preview } : {})}
                {...(storedOverrides ? { initial: storedOverrides } : {})}
                onSubmit={actions.saveMapping}
                disabled={disabled}
              />
            </>
          ) : null}
          {analysis && mappingOpen ? (
            <ColumnMapForm
              key={`edit:${analysis.sheet}`}
              sheet={analysis.sheet}
              initial={storedOverrides ?? { headerRow: analysis.table.layout.headerRow, columns: Object.fromEntries(analysis.table.layout.columns.map((c) => [c.role, c.col])) }}
              onSubmit={actions.saveMapping}
              onCancel={() => actions.showMapping(false)}
              disabled={disabled}
            />
          ) : null}
          {analysis ? (
            <>
              <p className={styles.mappingNote}>
                <span>
                  {t(storedOverrides ? 'pane.map.usingSaved' : 'pane.map.detected', {
                    row: formatNumber(analysis.table.layout.headerRow + 1, lang),
                  })}
                </span>
                {/* Links, not buttons: they sit in the sentence's line, aligned with its text. */}
                {!mappingOpen ? (
                  <Link as="button" className={styles.link} onClick={() => actions.showMapping(true)} disabled={disabled}>
                    {t('pane.map.edit')}
                  </Link>
                ) : null}
                {storedOverrides ? (
                  <Link as="button" className={styles.link} onClick={actions.forgetMapping} disabled={disabled}>
                    {t('pane.map.forget')}
                  </Link>
                ) : null}
              </p>
              <Summary analysis={analysis} headingRef={resultsRef} />
              <Actions
                onWrite={actions.write}
                onPreviewAgencies={actions.previewAgencies}
                onRemove={actions.askRemove}
                disabled={disabled}
                canWrite={analysis !== null}
                agencyPreview={agencyPreview}
                onConfirmAgencies={actions.createAgencies}
                onCancelAgencies={actions.closeAgencyPreview}
                {...(canMakeCriteria(analysis) ? { onCriteriaFromTable: actions.criteriaFromTable } : {})}
              />
              <Findings findings={analysis.findings} areas={analysis.totals.byArea} criteria={areaNamesOf(analysis.criteria)} onReveal={actions.reveal} selected={selected} />
            </>
          ) : null}
          <RemovalDialog preview={removal} onConfirm={actions.remove} onCancel={actions.closeRemoval} />
          <UserEditsDialog
            edits={pending?.edits ?? null}
            onChoose={actions.chooseForEdits}
            onCancel={actions.closeEditsDialog}
          />
          {!analysis && !failure && busy === null && info ? (
            <p className={styles.status}>{t('pane.intro')}</p>
          ) : null}
        </main>
      </FluentProvider>
    </I18nProvider>
  );
}
