import * as path from 'path';
import webpack from 'webpack';
import { ROOT } from './paths';

/** Runs webpack.config.js through the Node API (the same config the CLI scripts use). */
export type BuildTarget = 'web' | 'playground' | 'fake';

export { ROOT };

export async function runWebpack(target: BuildTarget, mode: 'production' | 'development'): Promise<void> {
  const factory = require(path.join(ROOT, 'webpack.config.js')) as (
    env: Record<string, boolean>,
    argv: { mode: string },
  ) => Promise<webpack.Configuration>;
  const env = target === 'web' ? {} : { [target]: true };
  const config = await factory(env, { mode });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) {
        reject(error);
        return;
      }
      if (!stats || stats.hasErrors()) {
        reject(new Error(stats?.toString({ all: false, errors: true, errorDetails: true, colors: false }) ?? 'webpack failed'));
        return;
      }
      resolve();
    });
  });
}
