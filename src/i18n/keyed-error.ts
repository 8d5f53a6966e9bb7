import type { Params } from './types';

/**
 * An error that names its message by i18n key, so whoever shows it (the pane, the ribbon command)
 * words it in the user's language. The adapter's ExcelAdapterError and the pane's PaneError both
 * have this shape; it is recognised by shape so neither side imports the other.
 */
export interface KeyedError {
  readonly messageKey: string;
  readonly params?: Params;
}

export function isKeyedError(error: unknown): error is KeyedError {
  return (
    typeof error === 'object' &&
    error !== null &&
    'messageKey' in error &&
    typeof (error as { messageKey: unknown }).messageKey === 'string'
  );
}
