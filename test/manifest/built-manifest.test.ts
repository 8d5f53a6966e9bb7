/**
 * @jest-environment jsdom
 */
/**
 * dist/web as `npm run build` leaves it, the folder a province copies to its web server: the
 * manifest to hand out, every file it points at, and nothing that should not be published. The
 * same production build is made for the tests into dist/test-web (test/browser/support/build.ts).
 */
import { promises as fs, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureBuilt } from '../browser/support/build';

jest.setTimeout(300_000);

const ROOT = join(__dirname, '..', '..');
const { DEV_BASE_URL } = require(join(ROOT, 'config', 'urls.js')) as { DEV_BASE_URL: string };
const build = require(join(ROOT, 'config', 'manifest-build.js')) as {
  builtManifest(xml: string, env: Record<string, string | undefined>): string;
  buildNotice(env: Record<string, string | undefined>): string;
};

const SOURCE = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const PROVINCE = 'https://cchc.daklak.gov.vn/par-scorer';

const parse = (xml: string): Document => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};
const elements = (doc: Document, local: string): Element[] => Array.from(doc.getElementsByTagName('*')).filter((e) => e.localName === local);
const text = (doc: Document, local: string): string => {
  const found = elements(doc, local);
  expect(found).toHaveLength(1);
  return found[0]!.textContent ?? '';
};
const headerComment = (doc: Document): string => {
  const node = Array.from(doc.childNodes).find((n) => n.nodeType === n.COMMENT_NODE);
  return node?.textContent ?? '';
};

/** Every URL the manifest gives Office to load (pages, scripts, metadata, icons, support page). */
function loadedUrls(doc: Document): string[] {
  const urls = Array.from(doc.getElementsByTagName('*')).flatMap((e) =>
    ['DefaultValue', 'Value'].map((name) => e.getAttribute(name)).filter((v): v is string => v !== null && /^[a-z]+:\/\//i.test(v)),
  );
  return [...new Set(urls)];
}

function pngSize(bytes: Buffer): number {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(bytes.readUInt32BE(20));
  return bytes.readUInt32BE(16);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))));
  return nested.flat();
}

let webDir: string;
let built: Document;

beforeAll(async () => {
  webDir = await ensureBuilt('web');
  built = parse(await fs.readFile(join(webDir, 'manifest.xml'), 'utf8'));
});

describe('dist/web after npm run build (no PAR_SCORER_BASE_URL)', () => {
  it('holds no source maps and no link to one', async () => {
    const files = await filesUnder(webDir);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      expect([relative(webDir, file), (await fs.readFile(file, 'utf8')).includes('sourceMappingURL')]).toEqual([relative(webDir, file), false]);
    }
  });

  it('keeps the add-in id and version of manifest.xml', () => {
    const source = parse(SOURCE);
    expect(text(built, 'Id')).toBe('d6e70eef-055c-4e62-a76c-5710a33e345b');
    expect(text(built, 'Id')).toBe(text(source, 'Id'));
    expect(text(built, 'Version')).toBe(text(source, 'Version'));
    // Every resid the built copy uses is still defined in it.
    const defined = new Set(elements(built, 'Image').concat(elements(built, 'Url'), elements(built, 'String')).map((e) => e.getAttribute('id')));
    const used = Array.from(built.getElementsByTagName('*')).map((e) => e.getAttribute('resid')).filter((r): r is string => r !== null);
    expect(used.filter((r) => !defined.has(r))).toEqual([]);
  });

  it('says in its header that it points at the development server', () => {
    const comment = headerComment(built);
    expect(comment).toContain(`for the development address ${DEV_BASE_URL}`);
    expect(comment).toContain('Not for deployment');
    expect(comment).not.toContain('As committed');
  });

  it('points only at files that are in dist/web, under one https base', async () => {
    const urls = loadedUrls(built);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(`${DEV_BASE_URL}/`)).toBe(true);
      const file = join(webDir, url.slice(DEV_BASE_URL.length + 1));
      await expect(fs.stat(file).then((s) => s.isFile())).resolves.toBe(true);
    }
  });

  it('has an AppDomain that is an origin, and a SupportUrl to the help page', async () => {
    const domains = elements(built, 'AppDomain').map((e) => e.textContent);
    expect(domains).toEqual([DEV_BASE_URL]);
    for (const domain of domains) expect(new URL(domain!).origin).toBe(domain);
    const support = elements(built, 'SupportUrl')[0]!.getAttribute('DefaultValue');
    expect(support).toBe(`${DEV_BASE_URL}/help.html`);
    // The build minifies the page, so it is read as HTML, not as text.
    const help = new DOMParser().parseFromString(await fs.readFile(join(webDir, 'help.html'), 'utf8'), 'text/html');
    const section = (lang: string) => help.querySelector(`section[lang="${lang}"]`)?.textContent ?? '';
    expect(section('vi')).toContain('Kiểm tra tổng điểm');
    expect(section('en')).toContain('Check totals');
  });

  it('has its icons in dist/web/assets with the pixel sizes it declares', async () => {
    const images = elements(built, 'Image').filter((e) => e.getAttribute('id'));
    expect(images.length).toBe(6);
    for (const image of images) {
      const url = image.getAttribute('DefaultValue')!;
      const size = pngSize(await fs.readFile(join(webDir, url.slice(DEV_BASE_URL.length + 1))));
      const declared = elements(built, 'Image').filter((use) => use.getAttribute('resid') === image.getAttribute('id')).map((use) => use.getAttribute('size'));
      expect(declared.length).toBeGreaterThan(0);
      for (const d of declared) expect(d).toBe(String(size));
    }
    const icon = (local: string) => join(webDir, elements(built, local)[0]!.getAttribute('DefaultValue')!.slice(DEV_BASE_URL.length + 1));
    expect(pngSize(await fs.readFile(icon('IconUrl')))).toBe(32);
    expect(pngSize(await fs.readFile(icon('HighResolutionIconUrl')))).toBe(64);
  });
});

describe('the manifest built for a province address (PAR_SCORER_BASE_URL)', () => {
  const province = parse(build.builtManifest(SOURCE, { PAR_SCORER_BASE_URL: `${PROVINCE}/` }));

  it('moves every URL to the address, and the AppDomain to its origin only', () => {
    const urls = loadedUrls(province);
    for (const url of urls) expect(url.startsWith(`${PROVINCE}/`)).toBe(true);
    // The same files as the development build, which are all in dist/web (tested above).
    expect(urls.map((u) => u.slice(PROVINCE.length)).sort()).toEqual(loadedUrls(built).map((u) => u.slice(DEV_BASE_URL.length)).sort());
    expect(elements(province, 'AppDomain').map((e) => e.textContent)).toEqual(['https://cchc.daklak.gov.vn']);
    expect(text(province, 'Id')).toBe(text(built, 'Id'));
  });

  it('says in its header which address must serve dist/web', () => {
    const comment = headerComment(province);
    expect(comment).toContain(`for ${PROVINCE}, which must serve`);
    expect(comment).not.toContain('localhost');
  });

  it('takes the province support page from PAR_SCORER_SUPPORT_URL, and only https', () => {
    const support = 'https://sonoivu.daklak.gov.vn/ho-tro?muc=par&lang=vi';
    const doc = parse(build.builtManifest(SOURCE, { PAR_SCORER_BASE_URL: PROVINCE, PAR_SCORER_SUPPORT_URL: support }));
    expect(elements(doc, 'SupportUrl')[0]!.getAttribute('DefaultValue')).toBe(support);
    expect(elements(doc, 'Url').find((u) => u.getAttribute('id') === 'GetStarted.LearnMoreUrl')!.getAttribute('DefaultValue')).toBe(`${PROVINCE}/help.html`);
    expect(() => build.builtManifest(SOURCE, { PAR_SCORER_BASE_URL: PROVINCE, PAR_SCORER_SUPPORT_URL: 'http://sonoivu.daklak.gov.vn' })).toThrow(/https/);
  });
});

describe('what npm run build prints', () => {
  it('warns that a build without PAR_SCORER_BASE_URL is for localhost, and names the address otherwise', () => {
    const local = build.buildNotice({});
    expect(local).toContain(`development address ${DEV_BASE_URL}`);
    expect(local).toContain('PAR_SCORER_BASE_URL=');
    expect(build.buildNotice({ PAR_SCORER_BASE_URL: PROVINCE })).toBe(
      `dist/web was built for ${PROVINCE}: serve this folder at that address over HTTPS and hand out dist/web/manifest.xml.`,
    );
  });
});
