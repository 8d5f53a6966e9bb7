import { promises as fs } from 'fs';
import type { Dirent } from 'fs';
import { join, relative } from 'path';
import { compareVi } from '../domain/api/cells';
import { CliError } from './io';

export type IgnoredReason = 'lock-file' | 'not-xlsx' | 'folder' | 'tool-output';

export interface Ignored {
  /** Relative to the folder checked. */
  readonly file: string;
  readonly reason: IgnoredReason;
}

interface DirListing {
  /** Relative paths of the workbooks to check, in Vietnamese order. */
  readonly workbooks: readonly string[];
  readonly ignored: readonly Ignored[];
}

/** Excel's "owner file" for an open workbook: "~$Sở Nội vụ.xlsx", a few bytes, never a workbook. */
function isLockFile(name: string): boolean {
  return name.startsWith('~$');
}

/** A workbook or a macro workbook: `check` reads both, and an agency's file may carry macros. */
function isWorkbookName(name: string): boolean {
  return /\.xls[xm]$/i.test(name);
}

/** Vietnamese order, with a plain comparison to break the ties the collator leaves (case, "Đ"/"D" folding). */
function compareFiles(a: string, b: string): number {
  return compareVi(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

async function kindOf(dir: string, entry: Dirent): Promise<'file' | 'dir' | 'other'> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'dir';
  if (entry.isSymbolicLink()) {
    try {
      const stat = await fs.stat(join(dir, entry.name));
      // A linked folder is not followed: links can loop, and a province's folder has no need of them.
      return stat.isFile() ? 'file' : 'other';
    } catch {
      return 'other';
    }
  }
  return 'other';
}

async function entriesOf(dir: string, shown: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw new CliError('check-dir.error.unreadable-dir', { dir: shown, detail: (err as Error).message });
  }
}

/**
 * The workbooks of a folder, and what was left out and why. Hidden entries (".git", ".DS_Store")
 * are passed over silently; subfolders are listed as ignored unless `recursive`.
 */
export async function listDir(root: string, recursive: boolean): Promise<DirListing> {
  let stat;
  try {
    stat = await fs.stat(root);
  } catch {
    throw new CliError('check-dir.error.dir-not-found', { dir: root });
  }
  if (!stat.isDirectory()) throw new CliError('check-dir.error.not-a-dir', { dir: root });

  const workbooks: string[] = [];
  const ignored: Ignored[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await entriesOf(dir, relative(root, dir) || root)) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      const rel = relative(root, path);
      const kind = await kindOf(dir, entry);
      if (kind === 'dir') {
        if (recursive) await walk(path);
        else ignored.push({ file: rel, reason: 'folder' });
      } else if (kind === 'file') {
        if (isLockFile(entry.name)) ignored.push({ file: rel, reason: 'lock-file' });
        else if (isWorkbookName(entry.name)) workbooks.push(rel);
        else ignored.push({ file: rel, reason: 'not-xlsx' });
      }
    }
  };
  await walk(root);
  return {
    workbooks: workbooks.sort(compareFiles),
    ignored: ignored.sort((x, y) => compareFiles(x.file, y.file)),
  };
}
