import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeIcons } from '../../scripts/make-icons';

const ROOT = join(__dirname, '..', '..');
const urls = require(join(ROOT, 'config', 'urls.js')) as {
  DEV_BASE_URL: string;
  baseUrl(env?: Record<string, string | undefined>): string;
  urlsFor(base: string): { base: string; taskpane: string; functionsScript: string; functionsMetadata: string; assets: string };
  rewriteManifest(xml: string, base: string): string;
};

describe('config/urls.js', () => {
  it('uses the dev server unless PAR_SCORER_BASE_URL is set', () => {
    expect(urls.DEV_BASE_URL).toBe('https://localhost:3000');
    expect(urls.baseUrl({})).toBe('https://localhost:3000');
    expect(urls.baseUrl({ PAR_SCORER_BASE_URL: 'https://cchc.example.vn/par/' })).toBe('https://cchc.example.vn/par');
    const production = urls.urlsFor('https://cchc.example.vn/par');
    expect(production.taskpane).toBe('https://cchc.example.vn/par/taskpane.html');
    expect(production.functionsScript).toBe('https://cchc.example.vn/par/functions.js');
    expect(production.functionsMetadata).toBe('https://cchc.example.vn/par/functions.json');
  });

  it('refuses a production base that Office would not load', () => {
    expect(() => urls.baseUrl({ PAR_SCORER_BASE_URL: 'http://cchc.example.vn' })).toThrow(/https/);
    expect(() => urls.baseUrl({ PAR_SCORER_BASE_URL: 'not a url' })).toThrow(/not a URL/);
  });

  it('rewrites every development URL of the manifest', () => {
    const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const out = urls.rewriteManifest(xml, 'https://cchc.example.vn/par');
    expect(out).not.toContain('localhost');
    expect(out).toContain('<SourceLocation DefaultValue="https://cchc.example.vn/par/taskpane.html" />');
    // Every URL moves to the base, except the AppDomain, which Office compares as an origin.
    expect(out.match(/https:\/\/cchc\.example\.vn\/par/g)!.length).toBe(xml.match(/https:\/\/localhost:3000/g)!.length - 1);
    expect(out).toContain('<AppDomain>https://cchc.example.vn</AppDomain>');
  });

  it('writes an AppDomain with the port when the base has one', () => {
    const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    expect(urls.rewriteManifest(xml, 'https://10.0.0.5:8443/par-scorer/')).toContain('<AppDomain>https://10.0.0.5:8443</AppDomain>');
    expect(urls.rewriteManifest(xml, 'https://cchc.example.vn:443')).toContain('<AppDomain>https://cchc.example.vn</AppDomain>');
  });
});

describe('scripts/make-icons.ts', () => {
  it('regenerates exactly the committed icons', () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-icons-'));
    try {
      const files = writeIcons(dir);
      expect(files.length).toBe(8);
      for (const file of files) expect(readFileSync(file).equals(readFileSync(join(ROOT, 'assets', basename(file))))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
