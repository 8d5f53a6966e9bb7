import type { CheckResult } from '../excel/flows';

/**
 * Hands a check made by the ribbon command to the task pane. Both run in the add-in's shared
 * runtime (one JavaScript global), so a module-level channel is enough; the last result is kept
 * so a pane that opens after the command (showAsTaskpane) still receives it.
 */
export interface ExternalCheck {
  readonly result: CheckResult;
  /** The one-line summary the command reported, already in the user's language. */
  readonly message: string;
}

type Listener = (check: ExternalCheck) => void;

interface Channel {
  last: ExternalCheck | null;
  readonly listeners: Set<Listener>;
}

const KEY = '__parScorerCheckChannel__';

/** Kept on globalThis: the command bundle and the pane bundle may each load their own copy of this module. */
function channel(): Channel {
  const holder = globalThis as unknown as Record<string, Channel | undefined>;
  let found = holder[KEY];
  if (!found) {
    found = { last: null, listeners: new Set() };
    holder[KEY] = found;
  }
  return found;
}

export function publishCheck(check: ExternalCheck): void {
  const c = channel();
  c.last = check;
  for (const listener of [...c.listeners]) listener(check);
}

/** Calls the listener with the last result (once), then with every new one; returns the unsubscribe. */
export function subscribeChecks(listener: Listener, options: { replayLast?: boolean } = {}): () => void {
  const c = channel();
  c.listeners.add(listener);
  if (options.replayLast !== false && c.last) {
    const last = c.last;
    c.last = null;
    listener(last);
  }
  return () => {
    c.listeners.delete(listener);
  };
}

/** For tests: forget everything. */
export function resetChannel(): void {
  const c = channel();
  c.last = null;
  c.listeners.clear();
}
