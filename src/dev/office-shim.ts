import type { PlaygroundHost } from './fake-types';

/**
 * Loaded by the playground's taskpane.html in place of office.js: it borrows the fake Office of the
 * page around the frame, so the pane and the workbook view share one fake workbook. Opened alone,
 * the pane finds no Office and says so, as it would outside Excel.
 */
function install(): void {
  let host: PlaygroundHost | null = null;
  try {
    host = window.parent !== window ? (window.parent as unknown as PlaygroundHost) : null;
  } catch {
    host = null;
  }
  const fake = host?.__PAR_FAKE__;
  if (!fake?.current) return;
  const link = host?.__PAR_PLAYGROUND__;
  const handle = fake.installFakeOffice(window as unknown as typeof globalThis, fake.current, {
    displayLanguage: link?.displayLanguage ?? 'vi-VN',
  });
  if (link) link.invokeAction = (id) => handle.invokeAction(id);
}

install();
