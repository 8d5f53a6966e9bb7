import { promises as fs } from 'fs';
import * as path from 'path';
import type { ExampleWorkbookSpec } from '../../../src/dev/xlsx-to-spec';

/**
 * The body served for the CDN's office.js: the fake Office/Excel bundle, then a few lines that
 * build the workbook and install Office and Excel before the pane's own script runs.
 */
export async function fakeOfficeScript(fakeDir: string, spec: ExampleWorkbookSpec, displayLanguage: string): Promise<string> {
  const bundle = await fs.readFile(path.join(fakeDir, 'fake-office.js'), 'utf8');
  const install = [
    '(function () {',
    '  var fake = window.__PAR_FAKE__;',
    `  fake.current = fake.createFakeWorkbook(${JSON.stringify(spec)});`,
    `  fake.installFakeOffice(window, fake.current, { displayLanguage: ${JSON.stringify(displayLanguage)} });`,
    '})();',
  ].join('\n');
  return `${bundle}\n;${install}\n`;
}
