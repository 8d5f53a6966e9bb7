import { createRoot, type Root } from 'react-dom/client';
import { langFromDisplayLanguage } from '../i18n';
import { Loading } from './components/Loading';
import { OutsideOffice } from './components/OutsideOffice';
import { browserLanguage, waitForExcel, type OfficeLike } from './office-ready';
import { PaneApp } from './PaneApp';
import { createOfficeWorkbookService } from './office-service';
import { readSettings } from './preferences';
import { pickSettingsStore } from './settings-store';

function officeGlobal(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
}

/** Office may already know its language before onReady (it does in the playground); else undefined. */
function earlyDisplayLanguage(): string | undefined {
  try {
    return officeGlobal()?.context?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

async function boot(root: Root): Promise<void> {
  const guess = langFromDisplayLanguage(earlyDisplayLanguage() ?? browserLanguage());
  root.render(<Loading lang={guess} />);
  const readiness = await waitForExcel(officeGlobal());
  document.body.dataset.paneState = readiness.kind === 'excel' ? 'excel' : `outside-${readiness.reason}`;
  if (readiness.kind !== 'excel') {
    root.render(<OutsideOffice lang={guess} />);
    return;
  }
  const lang = langFromDisplayLanguage(readiness.displayLanguage);
  document.documentElement.lang = lang;
  const settingsStore = pickSettingsStore();
  // Written headers and sheet names follow the pane's language, which the user may have changed.
  const service = createOfficeWorkbookService({ lang: () => readSettings(settingsStore, lang).lang });
  root.render(<PaneApp service={service} settingsStore={settingsStore} defaultLang={lang} />);
}

const container = document.getElementById('root');
if (container) void boot(createRoot(container));
