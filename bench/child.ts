import { execFile } from 'child_process';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..');

export interface ProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
}

/** Runs a process to its end; a non-zero exit is a result here, not an error. */
export function runProcess(file: string, args: readonly string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<ProcessRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { cwd: options.cwd ?? ROOT, maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs ?? 600_000 },
      (error, stdout, stderr) => {
        const wallMs = performance.now() - started;
        if (error && typeof (error as { code?: unknown }).code !== 'number') {
          reject(new Error(`${file} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: error ? Number((error as { code: number }).code) : 0, stdout, stderr, wallMs });
      },
    );
  });
}

/** A TypeScript file of bench/ in a fresh node, through tsx. */
export function runTs(script: string, args: readonly string[], nodeFlags: readonly string[] = []): Promise<ProcessRun> {
  return runProcess(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(ROOT, 'bench', script), ...args]);
}
