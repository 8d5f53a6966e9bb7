import { mkdirSync, promises as fs, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname, resolve } from 'path';

/*
 * Synchronous where the command waits anyway: the first use of fs.promises in a process (its module,
 * a FileHandle, the thread pool) costs a few milliseconds of CPU that a short `score` notices
 * (bench/NOTES.md, "Small files: score against check").
 */

/** True when both paths name one file (the same path, or links and case-insensitive names). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    // Catches links and case-insensitive file systems, where different paths name one file.
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Writes next to the target, then renames: a failed write never leaves half a file behind. */
export async function writeAtomically(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await fs.mkdir(dirname(resolve(path)), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await write(tmp);
    await fs.rename(tmp, path);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** writeAtomically for bytes already in memory, without leaving the thread. */
export function writeBytesAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
