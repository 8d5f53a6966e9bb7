import { useEffect, useState } from 'react';

/** A progress indicator only for work longer than a moment: quick steps do not flash one. */
const PROGRESS_DELAY_MS = 250;

/** `value` once it has stayed the same for `delayMs`; null while it is null or still fresh. */
export function useDelayed<T>(value: T | null, delayMs = PROGRESS_DELAY_MS): T | null {
  const [shown, setShown] = useState<T | null>(null);
  useEffect(() => {
    setShown(null);
    if (value === null) return undefined;
    const timer = setTimeout(() => setShown(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return shown;
}
