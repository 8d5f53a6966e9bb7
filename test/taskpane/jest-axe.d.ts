// jest-axe ships no types; only the part these tests use is declared.
declare module 'jest-axe' {
  import type { AxeResults, RunOptions, Spec } from 'axe-core';
  export function configureAxe(options?: RunOptions & { globalOptions?: Spec; impactLevels?: string[] }): (html: Element | string, options?: RunOptions) => Promise<AxeResults>;
  export const axe: (html: Element | string, options?: RunOptions) => Promise<AxeResults>;
}
