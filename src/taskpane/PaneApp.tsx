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
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../domain/analysis';
import type { Finding } from '../domain/check/types';
import { fixed } from '../domain/fixed';
import type { ColumnOverrides } from '../domain/table/types';
import { translator } from '../i18n';
import type { Lang, Params } from '../i18n/types';
import { Actions } from './components/Actions';
import { ColumnMapForm } from './components/ColumnMapForm';
import { areaNamesOf } from './area-names';
import { Findings } from './components/Findings';
import { PaneHeader } from './components/PaneHeader';
import { SettingsPanel, type PaneSettings } from './components/SettingsPanel';
import { Summary } from './components/Summary';
import { countBySeverity } from './findings-model';
import { formatNumber } from './format';
import { I18nProvider } from './i18n-context';
import { toShownError, type ShownError } from './localize';
import { useDelayed } from './use-delayed';
import { ServiceProvider } from './service-context';
import { readSettings, readOverrides, SETTINGS_KEY, overridesKey } from './preferences';
import { RemovalDialog } from './components/RemovalDialog';
import { UserEditsDialog } from './components/UserEditsDialog';
import { userEditsOf } from './services';
import type { CheckOutcome, PendingEdits, RemovalPreview, SettingsStore, SheetChangePreview, UserEditsChoice, WorkbookInfo, WorkbookService, WriteSummary } from './services';

type Busy = 'loading' | 'check' | 'write' | 'preview' | 'agencies' | 'remove' | 'criteria';

/** A write that stopped over the user's edits, and how to run it again with their choice. */
interface Pending {
  readonly edits: PendingEdits;
  readonly retry: (choice: UserEditsChoice) => void;
}

interface Notice {
  readonly key: string;
  readonly params: Params;
}

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

function changedSheetsNotice(summary: WriteSummary, doneKey: string): Notice {
  const names = [...summary.sheetsCreated, ...summary.sheetsUpdated];
  return { key: doneKey, params: { count: names.length, deleted: summary.sheetsDeleted.length } };
}

/** The table carries maxima the built-in set lacks (one info finding says so): they can become the workbook's set. */
function canMakeCriteria(analysis: Analysis): boolean {
  return analysis.criteriaChosenBy !== 'custom' && analysis.findings.some((f) => f.rule === 'maxima-from-table');
}

export function PaneApp({ service, settingsStore, defaultLang }: PaneAppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState<PaneSettings>(() => readSettings(settingsStore, defaultLang));
  const t = useMemo(() => translator(settings.lang), [settings.lang]);
  const [info, setInfo] = useState<WorkbookInfo | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy | null>('loading');
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [mappingOpen, setMappingOpen] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [agencyPreview, setAgencyPreview] = useState<SheetChangePreview | null>(null);
  const [selected, setSelected] = useState<Finding | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsRef = useRef<HTMLElement>(null);
  const focusSettings = useRef(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [removal, setRemoval] = useState<RemovalPreview | null>(null);

  const run = useCallback(async (what: Busy, work: () => Promise<void>, retry?: (choice: UserEditsChoice) => void) => {
    setBusy(what);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      const edits = retry ? userEditsOf(e) : null;
      if (edits && retry) setPending({ edits, retry });
      else setError(toShownError(e));
    } finally {
      setBusy(null);
    }
  }, []);

  /** The sheet list read again after a write, so it is the workbook as it is then. */
  const refreshSheets = useCallback(async () => {
    setInfo(await service.describe());
  }, [service]);

  useEffect(() => {
    void run('loading', async () => {
      const described = await service.describe();
      setInfo(described);
      setSheet(described.sheet);
    });
  }, [service, run]);

  const showOutcome = useCallback((result: CheckOutcome) => {
    setOutcome(result);
    setSelected(null);
    setAgencyPreview(null);
    setMappingOpen(!result.ok && result.failure.reason === 'no-header');
    if (result.ok) {
      const counts = countBySeverity(result.analysis.findings);
      setNotice({ key: 'pane.check.done', params: { errors: counts.error, warnings: counts.warning, infos: counts.info } });
    } else if (result.failure.reason === 'empty-sheet') {
      setError({ key: 'pane.error.emptySheet', params: { sheet: result.failure.sheet } });
    } else if (result.failure.reason === 'tool-sheet') {
      setError({ key: 'excel.error.toolSheet', params: { sheet: result.failure.sheet } });
    }
  }, []);

  useEffect(() => {
    if (!service.onExternalCheck) return undefined;
    return service.onExternalCheck((result) => {
      setError(null);
      showOutcome(result);
    });
  }, [service, showOutcome]);

  useEffect(() => {
    if (settingsOpen && focusSettings.current) {
      focusSettings.current = false;
      settingsRef.current?.focus();
    }
  }, [settingsOpen]);

  const analysis: Analysis | null = outcome?.ok ? outcome.analysis : null;
  const activeSheet = sheet ?? info?.sheet ?? null;
  const storedOverrides = activeSheet ? readOverrides(settingsStore, activeSheet) : undefined;

  const checkNow = async (overrides?: ColumnOverrides, use: PaneSettings = settings) => {
    if (!activeSheet) return;
    const useOverrides = overrides ?? readOverrides(settingsStore, activeSheet);
    const result = await service.check({
      sheet: activeSheet,
      criteria: use.criteria,
      tolerance: fixed(use.tolerance),
      ...(useOverrides ? { overrides: useOverrides } : {}),
    });
    showOutcome(result);
  };

  const check = (overrides?: ColumnOverrides, use: PaneSettings = settings) => run('check', () => checkNow(overrides, use));

  const saveMapping = (overrides: ColumnOverrides) => {
    if (!activeSheet) return;
    void run('check', async () => {
      await settingsStore.set(overridesKey(activeSheet), overrides);
    }).then(() => check(overrides));
  };

  const forgetMapping = () => {
    if (!activeSheet) return;
    void run('check', async () => {
      await settingsStore.set(overridesKey(activeSheet), null);
    }).then(() => check());
  };

  const changeSettings = (next: PaneSettings) => {
    setSettings(next);
    void settingsStore.set(SETTINGS_KEY, next).catch((e: unknown) => setError(toShownError(e)));
    // Results on screen must match the settings shown: a new criteria set or tolerance re-checks.
    if (analysis && (next.criteria !== settings.criteria || next.tolerance !== settings.tolerance)) void check(undefined, next);
  };

  const reveal = (finding: Finding) => {
    setSelected(finding);
    service.reveal(finding.sheet, finding.cell).catch((e: unknown) => setError(toShownError(e)));
  };

  const write = (userEdits?: UserEditsChoice): Promise<void> =>
    run(
      'write',
      async () => {
        if (!analysis) return;
        setAgencyPreview(null);
        const summary = await service.writeResults(analysis, { lang: settings.lang, ...(userEdits ? { userEdits } : {}) });
        await refreshSheets();
        setNotice(changedSheetsNotice(summary, 'pane.write.done'));
      },
      (choice) => void write(choice),
    );

  const previewAgencies = () =>
    run('preview', async () => {
      if (!analysis) return;
      setAgencyPreview(await service.previewAgencySheets(analysis, { lang: settings.lang }));
    });

  const createAgencies = (userEdits?: UserEditsChoice): Promise<void> =>
    run(
      'agencies',
      async () => {
        if (!analysis) return;
        const summary = await service.createAgencySheets(analysis, { lang: settings.lang, ...(userEdits ? { userEdits } : {}) });
        setAgencyPreview(null);
        await refreshSheets();
        setNotice(changedSheetsNotice(summary, 'pane.agencies.done'));
      },
      (choice) => void createAgencies(choice),
    );

  // The new sheet is the workbook's set from now on: the picker learns of it and the table is checked again.
  const criteriaFromTable = () =>
    run('criteria', async () => {
      if (!analysis) return;
      const made = await service.saveCriteriaFromTable(analysis);
      setInfo(await service.describe());
      await checkNow();
      setNotice({ key: 'criteria.from-table.pane-done', params: { sheet: made.sheet, filled: made.filled, added: made.added } });
    });

  /** Asks first: the dialog names the sheets that go and the columns that are cleared. */
  const askRemove = () =>
    run('remove', async () => {
      setAgencyPreview(null);
      setRemoval(await service.previewRemoval());
    });

  const remove = (userEdits?: UserEditsChoice): Promise<void> =>
    run(
      'remove',
      async () => {
        setRemoval(null);
        const summary = await service.removeResults(userEdits ? { userEdits } : {});
        await refreshSheets();
        setNotice({ key: 'pane.remove.done', params: { deleted: summary.sheetsDeleted.length } });
      },
      (choice) => void remove(choice),
    );

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
    <ServiceProvider workbook={service} settings={settingsStore}>
      <I18nProvider lang={lang}>
        <FluentProvider theme={webLightTheme} className={styles.provider} lang={lang === 'vi' ? 'vi' : 'en'}>
          <main className={styles.main} aria-labelledby="pane-title" aria-busy={disabled}>
            <PaneHeader
              info={info}
              selectedSheet={activeSheet}
              onSelectSheet={(name) => {
                setSheet(name);
                setOutcome(null);
                setMappingOpen(false);
                setAgencyPreview(null);
              }}
              analysis={analysis}
              criteria={settings.criteria}
              onChangeCriteria={() => {
                focusSettings.current = true;
                setSettingsOpen(true);
              }}
              disabled={disabled}
              titleAction={
                <Button
                  appearance="subtle"
                  size="small"
                  aria-expanded={settingsOpen}
                  aria-controls={settingsOpen ? 'pane-settings' : undefined}
                  onClick={() => setSettingsOpen(!settingsOpen)}
                >
                  {t(settingsOpen ? 'pane.settings.hide' : 'pane.settings.show')}
                </Button>
              }
            />
            {settingsOpen ? <SettingsPanel ref={settingsRef} settings={settings} onChange={changeSettings} disabled={disabled} criteriaSheet={info?.criteriaSheet} /> : null}
            <Button appearance="primary" size="large" className={styles.check} onClick={() => void check()} disabled={disabled || !activeSheet}>
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
              <Button onClick={() => setMappingOpen(true)}>{t('pane.map.open')}</Button>
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
                  onSubmit={saveMapping}
                  disabled={disabled}
                />
              </>
            ) : null}
            {analysis && mappingOpen ? (
              <ColumnMapForm
                key={`edit:${analysis.sheet}`}
                sheet={analysis.sheet}
                initial={storedOverrides ?? { headerRow: analysis.table.layout.headerRow, columns: Object.fromEntries(analysis.table.layout.columns.map((c) => [c.role, c.col])) }}
                onSubmit={saveMapping}
                onCancel={() => setMappingOpen(false)}
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
                    <Link as="button" className={styles.link} onClick={() => setMappingOpen(true)} disabled={disabled}>
                      {t('pane.map.edit')}
                    </Link>
                  ) : null}
                  {storedOverrides ? (
                    <Link as="button" className={styles.link} onClick={forgetMapping} disabled={disabled}>
                      {t('pane.map.forget')}
                    </Link>
                  ) : null}
                </p>
                <Summary analysis={analysis} headingRef={resultsRef} />
                <Actions
                  onWrite={() => void write()}
                  onPreviewAgencies={() => void previewAgencies()}
                  onRemove={() => void askRemove()}
                  disabled={disabled}
                  canWrite={analysis !== null}
                  agencyPreview={agencyPreview}
                  onConfirmAgencies={() => void createAgencies()}
                  onCancelAgencies={() => setAgencyPreview(null)}
                  {...(canMakeCriteria(analysis) ? { onCriteriaFromTable: () => void criteriaFromTable() } : {})}
                />
                <Findings findings={analysis.findings} areas={analysis.totals.byArea} criteria={areaNamesOf(analysis.criteria)} onReveal={reveal} selected={selected} />
              </>
            ) : null}
            <RemovalDialog preview={removal} onConfirm={() => void remove()} onCancel={() => setRemoval(null)} />
            <UserEditsDialog
              edits={pending?.edits ?? null}
              onChoose={(choice) => {
                const retry = pending?.retry;
                setPending(null);
                retry?.(choice);
              }}
              onCancel={() => setPending(null)}
            />
            {!analysis && !failure && busy === null && info ? (
              <p className={styles.status}>{t('pane.intro')}</p>
            ) : null}
          </main>
        </FluentProvider>
      </I18nProvider>
    </ServiceProvider>
  );
}
