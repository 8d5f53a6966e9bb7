import { existsSync } from 'fs';
import { chromium, type Browser } from 'playwright-core';
import { bundledChromium } from './bundled-chromium';

/**
 * Which browser runs the pane: CHROMIUM_PATH when set (a system Chrome or Chromium, with the
 * system's fonts), otherwise the one the @sparticuz/chromium package ships, so that `npm install`
 * is all a machine with Node.js needs.
 */
export const CHROMIUM_PATH: string | undefined = process.env.CHROMIUM_PATH || undefined;

/** Headless, and nothing in the page or the browser itself may reach the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export async function launchChromium(): Promise<Browser> {
  if (CHROMIUM_PATH) {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH names no file: ${CHROMIUM_PATH}`);
    return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }
  const bundled = await bundledChromium();
  return chromium.launch({ executablePath: bundled.executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...bundled.env } });
}
