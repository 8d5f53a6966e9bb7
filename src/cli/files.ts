import { promises as fs } from 'fs';
import { dirname, resolve } from 'path';

export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
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
