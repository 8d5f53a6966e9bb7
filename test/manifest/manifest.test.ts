/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const urls = require(join(ROOT, 'config', 'urls.js')) as { DEV_BASE_URL: string };

const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const every = (): Element[] => Array.from(doc.getElementsByTagName('*'));
const all = (local: string): Element[] => every().filter((e) => e.localName === local);
const topLevel = (local: string): Element => Array.from(doc.documentElement.children).find((e) => e.localName === local)!;
const one = (local: string): Element => {
  const found = all(local);
  if (found.length !== 1) throw new Error(`expected one <${local}>, found ${found.length}`);
  return found[0]!;
};
const xsiType = (e: Element): string | null => e.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type');

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFor(url: string): string {
  const prefix = `${urls.DEV_BASE_URL}/assets/`;
  expect(url.startsWith(prefix)).toBe(true);
  return join(ROOT, 'assets', url.slice(prefix.length));
}

describe('manifest.xml', () => {
  it('is well-formed XML describing an Excel task pane add-in', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(xsiType(doc.documentElement)).toBe('TaskPaneApp');
    expect(all('Host').filter((h) => h.getAttribute('Name')).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('puts its top-level elements in the schema order, SupportUrl between the icons and AppDomains', () => {
    // The order of Microsoft's manifest reference (OfficeApp element): a misplaced element fails validation.
    expect(Array.from(doc.documentElement.children).map((e) => e.localName)).toEqual([
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
      'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
    ]);
    expect(topLevel('SupportUrl').getAttribute('DefaultValue')).toBe(`${urls.DEV_BASE_URL}/help.html`);
  });

  it('has a GUID id and a four-part version', () => {
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('requires ExcelApi 1.7 and the shared runtime and custom functions runtime sets', () => {
    const sets = all('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([
      ['ExcelApi', '1.7'],
      ['SharedRuntime', '1.1'],
      ['CustomFunctionsRuntime', '1.1'],
    ]);
  });

  it('has Vietnamese overrides for the display name and description', () => {
    for (const name of ['DisplayName', 'Description']) {
      const el = topLevel(name);
      expect(el.getAttribute('DefaultValue')).toBeTruthy();
      const vi = Array.from(el.children).find((c) => c.localName === 'Override' && c.getAttribute('Locale') === 'vi-VN');
      expect(vi?.getAttribute('Value')).toMatch(/[ạảấầẩậắằẳặẹẻếềểệịỉọỏốồổộớờởợụủứừửựỳỷỹđ]/i);
    }
  });

  it('defines every resid it uses (ids of at most 32 characters) and uses every resource it defines', () => {
    const used = new Set(every().map((e) => e.getAttribute('resid')).filter((r): r is string => r !== null));
    const defined = every()
      .filter((e) => ['Image', 'Url', 'String'].includes(e.localName) && e.namespaceURI === 'http://schemas.microsoft.com/office/officeappbasictypes/1.0' && e.getAttribute('id'))
      .map((e) => e.getAttribute('id')!);
    expect(used.size).toBeGreaterThan(10);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].filter((r) => !defined.includes(r))).toEqual([]);
    expect(defined.filter((d) => !used.has(d))).toEqual([]);
    for (const id of [...used, ...defined]) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('gives every ribbon string a vi-VN override within the length limits', () => {
    const check = (container: string, max: number): void => {
      const strings = Array.from(one(container).children);
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        const values = [s.getAttribute('DefaultValue'), ...Array.from(s.children).map((o) => o.getAttribute('Value'))];
        for (const v of values) expect(v!.length).toBeLessThanOrEqual(max);
        expect(Array.from(s.children).some((o) => o.getAttribute('Locale') === 'vi-VN')).toBe(true);
      }
    };
    check('ShortStrings', 125);
    check('LongStrings', 250);
  });

  it('uses only https URLs on the development base', () => {
    const values = [
      ...every().map((e) => e.getAttribute('DefaultValue')).filter((v): v is string => v !== null && /^[a-z]+:\/\//i.test(v)),
      ...all('AppDomain').map((e) => e.textContent ?? ''),
    ];
    expect(values.length).toBeGreaterThan(5);
    for (const v of values) expect(v.startsWith(`${urls.DEV_BASE_URL}/`) || v === urls.DEV_BASE_URL).toBe(true);
    expect(values.every((v) => v.startsWith('https://'))).toBe(true);
  });

  it('points at icons that exist in assets/ with the declared pixel sizes', () => {
    const images = all('Image').filter((e) => e.getAttribute('DefaultValue'));
    for (const img of images) {
      const url = img.getAttribute('DefaultValue')!;
      const usedAt = all('Image').filter((e) => e.getAttribute('resid') === img.getAttribute('id'));
      const size = pngSize(assetFor(url));
      expect(size.width).toBe(size.height);
      for (const ref of usedAt) expect(String(size.width)).toBe(ref.getAttribute('size'));
    }
    expect(pngSize(assetFor(one('IconUrl').getAttribute('DefaultValue')!)).width).toBe(32);
    expect(pngSize(assetFor(one('HighResolutionIconUrl').getAttribute('DefaultValue')!)).width).toBe(64);
    for (const size of [16, 32, 64, 80, 128]) expect(pngSize(join(ROOT, 'assets', `icon-${size}.png`)).width).toBe(size);
  });

  it('puts a group with the two buttons on the Home tab', () => {
    expect(one('OfficeTab').getAttribute('id')).toBe('TabHome');
    const buttons = all('Control').filter((c) => xsiType(c) === 'Button');
    expect(buttons).toHaveLength(2);
    const action = (b: Element): Element => Array.from(b.children).find((c) => c.localName === 'Action')!;
    const [check, pane] = buttons as [Element, Element];
    expect(xsiType(action(check))).toBe('ExecuteFunction');
    expect(one('FunctionName').textContent).toBe('checkTotals');
    expect(xsiType(action(pane))).toBe('ShowTaskpane');
    const label = (b: Element, locale?: string): string | null => {
      const resid = Array.from(b.children).find((c) => c.localName === 'Label')!.getAttribute('resid');
      const s = all('String').find((e) => e.getAttribute('id') === resid)!;
      if (!locale) return s.getAttribute('DefaultValue');
      return Array.from(s.children).find((o) => o.getAttribute('Locale') === locale)!.getAttribute('Value');
    };
    expect(label(check, 'vi-VN')).toBe('Kiểm tra tổng điểm');
    expect(label(check)).toBe('Check totals');
    expect(label(pane)).toBe('PAR Scorer');
  });

  const urlOf = (resid: string | null): string | null | undefined => all('Url').find((u) => u.getAttribute('id') === resid)?.getAttribute('DefaultValue');
  const childOf = (parent: Element, local: string): Element | undefined => Array.from(parent.children).find((c) => c.localName === local);

  it('runs the pane, the command and the functions in one long-lived shared runtime on taskpane.html', () => {
    const runtime = one('Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const resid = runtime.getAttribute('resid');
    expect(one('FunctionFile').getAttribute('resid')).toBe(resid);
    const showPane = all('Action').find((a) => xsiType(a) === 'ShowTaskpane')!;
    expect(childOf(showPane, 'SourceLocation')?.getAttribute('resid')).toBe(resid);
    const functionsPage = childOf(one('Page'), 'SourceLocation');
    expect(functionsPage?.getAttribute('resid')).toBe(resid);
    const url = urlOf(resid);
    expect(url).toBe(`${urls.DEV_BASE_URL}/taskpane.html`);
    const defaultSource = childOf(topLevel('DefaultSettings'), 'SourceLocation');
    expect(defaultSource?.getAttribute('DefaultValue')).toBe(url);
  });

  it('declares the custom functions: script, metadata and the PAR namespace, in schema order', () => {
    const host = all('Host').find((h) => xsiType(h) === 'Workbook')!;
    expect(Array.from(host.children).map((c) => c.localName)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    const point = one('AllFormFactors').children[0]!;
    expect(point.localName).toBe('ExtensionPoint');
    expect(xsiType(point)).toBe('CustomFunctions');
    expect(Array.from(point.children).map((c) => c.localName)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    const source = (local: string) => urlOf(childOf(childOf(point, local)!, 'SourceLocation')!.getAttribute('resid'));
    expect(source('Script')).toBe(`${urls.DEV_BASE_URL}/functions.js`);
    expect(source('Metadata')).toBe(`${urls.DEV_BASE_URL}/functions.json`);
    // functions.json is English (the default locale's); Vietnamese Excel gets functions.vi.json.
    const metadataUrl = all('Url').find((u) => u.getAttribute('id') === childOf(childOf(point, 'Metadata')!, 'SourceLocation')!.getAttribute('resid'))!;
    expect(Array.from(metadataUrl.children).map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')])).toEqual([
      ['vi-VN', `${urls.DEV_BASE_URL}/functions.vi.json`],
    ]);
    const namespace = all('String').find((e) => e.getAttribute('id') === childOf(point, 'Namespace')!.getAttribute('resid'))!;
    expect(namespace.getAttribute('DefaultValue')).toBe('PAR');
    // The namespace is part of every formula: it must not change with Excel's language.
    expect(Array.from(namespace.children).map((o) => o.getAttribute('Value'))).toEqual(['PAR']);
  });
});
