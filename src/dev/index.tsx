import '../../test/fakes/browser-entry';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { langFromDisplayLanguage, translator } from '../i18n';
import type { Lang } from '../i18n/types';
import daklakScores from '../../examples/daklak-2020-phu-luc-i.xlsx';
import daklakTasks from '../../examples/daklak-2020-phu-luc-ii.xlsx';
import messyScores from '../../examples/messy-score-table.xlsx';
import { CHECK_TOTALS_ACTION } from '../commands/commands';
import type { FakeGlobal, FakeWorkbookLike, PlaygroundLink } from './fake-types';
import { selectedCell, viewSheets, type ViewSheet } from './snapshot-view';
import { withUnlabelledHeader } from './unlabelled-example';
import { WorkbookView } from './WorkbookView';
import type { ExampleWorkbookSpec } from './xlsx-to-spec';

/**
 * `npm start`: the real task pane, in a 320 px frame as in Excel, beside a fake workbook loaded
 * from examples/. Everything the pane does goes through the fake Office.js, so the flow is the one
 * Excel runs, only the workbook is simulated.
 */
const EXAMPLES: readonly { readonly id: string; readonly spec: ExampleWorkbookSpec }[] = [
  { id: 'daklak-2020-phu-luc-i', spec: daklakScores },
  { id: 'daklak-2020-phu-luc-ii', spec: daklakTasks },
  { id: 'messy-score-table', spec: messyScores },
  // Shows the column-mapping form: Phụ lục I with a header row the reader cannot place.
  { id: 'unlabelled-columns', spec: withUnlabelledHeader(daklakScores) },
];

const DISPLAY_LANGUAGES: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-US' };
const POLL_MS = 300;

function fakeGlobal(): FakeGlobal {
  const fake = window.__PAR_FAKE__;
  if (!fake) throw new Error('test/fakes/browser-entry did not define window.__PAR_FAKE__');
  return fake;
}

function playgroundWindow(): { __PAR_PLAYGROUND__?: PlaygroundLink } {
  return window as unknown as { __PAR_PLAYGROUND__?: PlaygroundLink };
}

function initialLang(): Lang {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'vi' || asked === 'en') return asked;
  return langFromDisplayLanguage(navigator.language);
}

function initialExample(): string {
  const asked = new URLSearchParams(window.location.search).get('example');
  return EXAMPLES.some((e) => e.id === asked) ? asked! : EXAMPLES[0]!.id;
}

/** A fresh fake workbook (a deep copy of the spec, so a reset really starts over). */
function example(id: string): (typeof EXAMPLES)[number] {
  return EXAMPLES.find((e) => e.id === id) ?? EXAMPLES[0]!;
}

function loadWorkbook(exampleId: string, lang: Lang): FakeWorkbookLike {
  const spec = JSON.parse(JSON.stringify(example(exampleId).spec)) as ExampleWorkbookSpec;
  const fake = fakeGlobal();
  // The file keeps its own (Vietnamese) regional format whatever language Office is shown in.
  const workbook = fake.createFakeWorkbook(spec);
  fake.current = workbook;
  playgroundWindow().__PAR_PLAYGROUND__ = { displayLanguage: DISPLAY_LANGUAGES[lang] };
  return workbook;
}

function Playground() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [exampleId, setExampleId] = useState(initialExample);
  const [generation, setGeneration] = useState(0);
  // A fresh workbook per example, language or "start over" (`generation` is only there to force one).
  const workbook = useMemo(() => loadWorkbook(exampleId, lang), [exampleId, lang, generation]);
  const [sheets, setSheets] = useState<ViewSheet[]>(() => viewSheets(workbook.snapshot()));
  const [shown, setShown] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ sheet: string; row: number; col: number } | null>(null);
  const t = useMemo(() => translator(lang), [lang]);
  const [ribbon, setRibbon] = useState<'idle' | 'running' | 'failed'>('idle');

  const pressRibbon = () => {
    const invoke = playgroundWindow().__PAR_PLAYGROUND__?.invokeAction;
    if (!invoke) {
      setRibbon('failed');
      return;
    }
    setRibbon('running');
    invoke(CHECK_TOTALS_ACTION).then(
      () => setRibbon('idle'),
      () => setRibbon('failed'),
    );
  };

  const refresh = useCallback(() => {
    setSheets(viewSheets(workbook.snapshot()));
    const sel = workbook.selection;
    const cell = sel ? selectedCell(sel.address) : null;
    const next = sel && cell ? { sheet: sel.sheet, ...cell } : null;
    setSelection((prev) => {
      if (next && (prev?.sheet !== next.sheet || prev.row !== next.row || prev.col !== next.col)) setShown(next.sheet);
      return next;
    });
  }, [workbook]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('pane.dev.title');
  }, [lang, t]);

  // The fake has no change events: a cheap poll on its sync counter redraws after every batch.
  useEffect(() => {
    refresh();
    let seen = `${workbook.stats.syncs}`;
    const timer = window.setInterval(() => {
      const now = `${workbook.stats.syncs}|${workbook.selection?.sheet ?? ''}!${workbook.selection?.address ?? ''}`;
      if (now !== seen) {
        seen = now;
        refresh();
      }
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [workbook, refresh]);

  return (
    <div className="playground">
      <header className="bar">
        <h1>{t('pane.dev.title')}</h1>
        <p className="intro">{t('pane.dev.intro')}</p>
        <div className="controls">
          <label>
            {t('pane.dev.example')}{' '}
            <select value={exampleId} onChange={(e) => setExampleId(e.target.value)} data-testid="example-picker">
              {EXAMPLES.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.spec.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('pane.dev.officeLanguage')}{' '}
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              <option value="vi">{`${t('pane.language.vi')} (${DISPLAY_LANGUAGES.vi})`}</option>
              <option value="en">{`${t('pane.language.en')} (${DISPLAY_LANGUAGES.en})`}</option>
            </select>
          </label>
          <button type="button" onClick={pressRibbon} disabled={ribbon === 'running'} title={t('pane.dev.ribbonHint')}>
            {t('pane.dev.ribbon')}
          </button>
          <button type="button" onClick={() => setGeneration((g) => g + 1)}>
            {t('pane.dev.reset')}
          </button>
          {ribbon === 'failed' ? <span role="alert">{t('pane.dev.ribbonFailed')}</span> : null}
        </div>
      </header>
      <div className="split">
        {/* A new key per workbook reloads the pane, as reopening the file in Excel would. */}
        <iframe key={`${exampleId}:${lang}:${generation}`} className="pane" src="taskpane.html" title={t('pane.dev.paneFrame')} />
        <WorkbookView sheets={sheets} shown={shown} onShow={setShown} selection={selection} t={t} locale={example(exampleId).spec.locale} />
      </div>
    </div>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<Playground />);
