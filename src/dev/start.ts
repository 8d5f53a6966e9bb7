import * as path from 'path';
import { ROOT, runWebpack } from './build';
import { serveStatic } from './static-server';

/**
 * `npm start`: builds the playground and serves it on http://localhost:3000 (PORT to change it),
 * so the pane can be tried in any browser, without Excel and without certificates.
 */
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  process.stdout.write('Building the playground…\n');
  await runWebpack('playground', 'development');
  const server = await serveStatic(path.join(ROOT, 'dist', 'playground'), { port, host: '127.0.0.1' });
  process.stdout.write(`\nPAR Scorer playground: http://localhost:${server.port}/\n(Ctrl+C to stop)\n`);
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
