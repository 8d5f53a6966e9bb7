import * as path from 'path';
import { translator } from '../i18n';
import { ROOT, runWebpack } from './build';
import { serveStatic } from './static-server';

/**
 * `npm start`: builds the playground and serves it on http://localhost:3000 (PORT to change it),
 * so the pane can be tried in any browser, without Excel and without certificates.
 */
const t = translator(/^vi/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'vi' : 'en');

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  process.stdout.write(`${t('pane.dev.building')}\n`);
  await runWebpack('playground', 'development');
  const server = await serveStatic(path.join(ROOT, 'dist', 'playground'), { port, host: '127.0.0.1' }).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'EADDRINUSE') throw new Error(t('pane.dev.portBusy', { port, next: port + 1 }));
    throw error;
  });
  process.stdout.write(`\n${t('pane.dev.serving', { url: `http://localhost:${server.port}/` })}\n`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
