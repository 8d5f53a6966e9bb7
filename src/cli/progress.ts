import type { CliIo } from './io';

const FULL = '█';
const EMPTY = '░';
const MAX_BAR = 30;
const MIN_BAR = 10;
/** Carriage return, then erase to the end of the line. */
const CLEAR = '\r\x1b[K';

/** Cuts to `max` characters (code points, so a diacritic is never split off), marking the cut. */
function fit(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return chars.slice(0, Math.max(0, max)).join('');
  return `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * "[██████░░░░] 3/10 file.xlsx", never wider than the terminal: a line that wraps could not be
 * redrawn in place with a carriage return.
 */
export function progressLine(done: number, total: number, label: string, columns: number): string {
  const counter = `${done}/${total}`;
  const room = Math.max(0, columns - 1);
  const barWidth = Math.max(MIN_BAR, Math.min(MAX_BAR, room - counter.length - 4 - 12));
  const filled = total === 0 ? barWidth : Math.round((barWidth * Math.min(done, total)) / total);
  const head = `[${FULL.repeat(filled)}${EMPTY.repeat(barWidth - filled)}] ${counter}`;
  if (head.length >= room) return fit(head, room);
  return label === '' ? head : `${head} ${fit(label, room - head.length - 1)}`;
}

/**
 * A progress bar on stderr, drawn only when stderr is a terminal; elsewhere (pipes, files, tests) it
 * writes nothing, since the per-file lines on stdout already show the progress.
 */
export class ProgressBar {
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
  ) {}

  private get columns(): number | null {
    return this.io.terminal?.columns ?? null;
  }

  update(done: number, label: string): void {
    const columns = this.columns;
    if (columns === null) return;
    this.io.stderr(`${CLEAR}${progressLine(done, this.total, label, columns)}`);
    this.shown = true;
  }

  /** Erases the bar so a line can be written to the same terminal. */
  clear(): void {
    if (!this.shown) return;
    this.io.stderr(CLEAR);
    this.shown = false;
  }
}
