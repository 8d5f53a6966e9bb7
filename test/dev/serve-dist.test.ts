/**
 * `npm run serve:dist` in-process: a built folder served over HTTPS on a random loopback port with
 * a certificate made for the test, fetched by a client that trusts only that certificate's CA.
 */
import { promises as fs } from 'fs';
import { request } from 'https';
import { tmpdir } from 'os';
import * as path from 'path';
import { generateCertificates } from 'office-addin-dev-certs';
import { ROOT } from '../../src/dev/paths';
import { ServeDistError, parseServeArgs, serveDist, type ServedDist } from '../../src/dev/serve-dist';
import { translator } from '../../src/i18n';

jest.setTimeout(60_000);

const build = require(path.join(ROOT, 'config', 'manifest-build.js')) as { builtManifest(xml: string, env: Record<string, string>): string };
const PILOT_BASE = 'https://localhost:8443';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

let work: string;
let dist: string;
let ca: Buffer;
let certFile: string;
let keyFile: string;
let manifest: string;

function fetchHttps(port: number, urlPath: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Verified as a browser would: the test CA only, and the name the certificate was made for.
    const req = request({ host: '127.0.0.1', servername: 'localhost', port, path: urlPath, ca, rejectUnauthorized: true }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(tmpdir(), 'par-serve-dist-'));
  certFile = path.join(work, 'certs', 'localhost.crt');
  keyFile = path.join(work, 'certs', 'localhost.key');
  const caFile = path.join(work, 'certs', 'ca.crt');
  // The generator announces its files on the console; the test output need not.
  const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await generateCertificates(caFile, certFile, keyFile, 1, ['localhost', '127.0.0.1']);
  } finally {
    quiet.mockRestore();
  }
  ca = await fs.readFile(caFile);
  // A built folder as `npm run build` lays it out, with the manifest built for the pilot address.
  dist = path.join(work, 'dist-web');
  await fs.mkdir(path.join(dist, 'assets'), { recursive: true });
  manifest = build.builtManifest(await fs.readFile(path.join(ROOT, 'manifest.xml'), 'utf8'), { PAR_SCORER_BASE_URL: PILOT_BASE });
  await fs.writeFile(path.join(dist, 'manifest.xml'), manifest);
  await fs.writeFile(path.join(dist, 'taskpane.html'), '<!doctype html><title>PAR Scorer</title>');
  await fs.copyFile(path.join(ROOT, 'assets', 'icon-32.png'), path.join(dist, 'assets', 'icon-32.png'));
});

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('serveDist', () => {
  let served: ServedDist;

  beforeAll(async () => {
    served = await serveDist({ dir: dist, certFile, keyFile, port: 0, host: '127.0.0.1' }, 'en');
  });

  afterAll(async () => {
    await served?.server.close();
  });

  it('serves the manifest over HTTPS with a certificate the client verifies', async () => {
    expect(served.server.url).toBe(`https://127.0.0.1:${served.server.port}/`);
    const answer = await fetchHttps(served.server.port, '/manifest.xml');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(answer.body.toString('utf8')).toBe(manifest);
    expect(answer.headers['cache-control']).toBe('no-cache');
  });

  it('lets the icons be cached, as Office requires of image URLs', async () => {
    const answer = await fetchHttps(served.server.port, '/assets/icon-32.png');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('image/png');
    expect(answer.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('serves nothing outside the folder, such as the private key beside it', async () => {
    expect((await fetchHttps(served.server.port, '/../certs/localhost.key')).status).toBe(404);
    expect((await fetchHttps(served.server.port, '/%2e%2e/certs/localhost.key')).status).toBe(404);
    expect((await fetchHttps(served.server.port, '/..%2fcerts%2flocalhost.key')).status).toBe(404);
  });

  it('says where it serves, which manifest to hand out, and that the manifest expects another port', () => {
    expect(served.manifestBase).toBe(PILOT_BASE);
    expect(served.lines[0]).toContain(served.server.url);
    expect(served.lines[1]).toContain(path.join(dist, 'manifest.xml'));
    expect(served.lines[2]).toBe(
      `Warning: the manifest points at port 8443 but the server listens on port ${served.server.port}. Excel will not load the add-in: use --port 8443 or build again.`,
    );
  });
});

describe('serveDist refusals', () => {
  it('refuses a folder that holds no build, in Vietnamese', async () => {
    const empty = await fs.mkdtemp(path.join(work, 'empty-'));
    await expect(serveDist({ dir: empty, certFile, keyFile, port: 0, host: '127.0.0.1' }, 'vi')).rejects.toThrow(
      new ServeDistError(`Thư mục ${empty} không có add-in đã dựng (thiếu manifest.xml). Hãy chạy trước: PAR_SCORER_BASE_URL=https://TÊN_MÁY:CỔNG npm run build`),
    );
  });

  it('refuses a key that is not a key, naming the cause', async () => {
    await expect(serveDist({ dir: dist, certFile, keyFile: certFile, port: 0, host: '127.0.0.1' }, 'en')).rejects.toThrow(/^The certificate and key given cannot be used: /);
  });

  it('names a certificate file it cannot read', async () => {
    const missing = path.join(work, 'nope.pem');
    await expect(serveDist({ dir: dist, certFile: missing, keyFile, port: 0, host: '127.0.0.1' }, 'en')).rejects.toThrow(`Cannot read ${missing} (--cert): ENOENT`);
  });
});

describe('parseServeArgs', () => {
  const t = translator('en');

  it('reads the options, with port 8443 on every interface and dist/web by default', () => {
    expect(parseServeArgs(['--cert', 'a.pem', '--key', 'b.pem'], t)).toEqual({
      certFile: path.resolve('a.pem'),
      keyFile: path.resolve('b.pem'),
      port: 8443,
      host: '0.0.0.0',
      dir: path.join(ROOT, 'dist', 'web'),
    });
    expect(parseServeArgs(['--cert=a.pem', '--key=b.pem', '--port', '443', '--host', '10.1.2.3', '--dir', 'out'], t)).toMatchObject({ port: 443, host: '10.1.2.3', dir: path.resolve('out') });
  });

  it('asks for the certificate and key, and refuses a bad port or an unknown option', () => {
    expect(() => parseServeArgs(['--key', 'b.pem'], t)).toThrow(/^Option --cert is missing\.\n\nServe a built dist\/web over HTTPS/);
    expect(() => parseServeArgs(['--cert', 'a.pem', '--key', 'b.pem', '--port', '70000'], t)).toThrow('Port “70000” is not valid: give a number from 1 to 65535.');
    expect(() => parseServeArgs(['--cert', 'a.pem', '--key', 'b.pem', '--certificate', 'x'], t)).toThrow(/^Invalid option: /);
  });
});
