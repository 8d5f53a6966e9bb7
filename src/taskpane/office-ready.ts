/**
 * Decides whether the page runs inside Excel. Outside Office, office.js either never calls back or
 * reports no host: the pane must say so instead of spinning forever.
 */
type Readiness =
  | { readonly kind: 'excel'; readonly displayLanguage: string | undefined }
  | { readonly kind: 'outside'; readonly reason: 'no-office-js' | 'timeout' | 'other-host' | 'failed' };

const OFFICE_READY_TIMEOUT_MS = 8000;

/** The part of the Office global this check needs (the real one and the fake both have it). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  readonly HostType?: { readonly Excel: unknown };
  readonly context?: { readonly displayLanguage?: string };
}

export async function waitForExcel(office: OfficeLike | undefined, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<Readiness> {
  if (!office || typeof office.onReady !== 'function') return { kind: 'outside', reason: 'no-office-js' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === 'timeout') return { kind: 'outside', reason: 'timeout' };
    const excel = office.HostType?.Excel ?? 'Excel';
    if (info.host !== excel) return { kind: 'outside', reason: 'other-host' };
    return { kind: 'excel', displayLanguage: office.context?.displayLanguage };
  } catch {
    return { kind: 'outside', reason: 'failed' };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** Before Office answers (or when it never does), the browser's language is the best guess. */
export function browserLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}
