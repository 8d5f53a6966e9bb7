import type { Browser, Page } from 'playwright-core';

/** What the page gets for a request to the CDN's office.js (or another Microsoft file), or null for 404. */
export type OfficeAnswer = (url: string) => Promise<{ body: string | Buffer; contentType: string } | null>;

export const PANE_WIDTH = 320;

/**
 * The task pane of `serverUrl` in a 320 px page, as Excel shows it, that can reach only that
 * server: office.js and the rest of Microsoft's CDN are answered by `office`, anything else aborted.
 */
export async function openPane(browser: Browser, serverUrl: string, office: OfficeAnswer, options: { locale?: string; height?: number } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: PANE_WIDTH, height: options.height ?? 900 }, deviceScaleFactor: 1, locale: options.locale ?? 'en-US' });
  const origin = serverUrl.replace(/\/$/, '');
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith('https://appsforoffice.microsoft.com/')) {
      const answer = await office(url);
      return answer ? route.fulfill({ status: 200, ...answer }) : route.fulfill({ status: 404, body: '' });
    }
    return route.abort();
  });
  await page.goto(`${serverUrl}taskpane.html`);
  return page;
}
