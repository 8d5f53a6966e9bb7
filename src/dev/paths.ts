import * as path from 'path';

/** The repository root (this file is src/dev/paths.ts), for build and test tooling in node. */
export const ROOT = path.resolve(__dirname, '..', '..');
