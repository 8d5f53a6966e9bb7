import type { ExampleWorkbookSpec } from './xlsx-to-spec';

/**
 * The part of test/fakes (window.__PAR_FAKE__, set by test/fakes/browser-entry.ts) the playground
 * uses. Declared structurally so the playground shares no build-time types with the tests.
 */
export interface FakeWorkbookLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly stats: { readonly syncs: number };
  snapshot(): unknown;
  readonly selection: { readonly sheet: string; readonly address: string } | null | undefined;
}

export interface FakeGlobal {
  createFakeWorkbook(spec: ExampleWorkbookSpec): FakeWorkbookLike;
  installFakeOffice(target: typeof globalThis, fake: FakeWorkbookLike, opts?: { displayLanguage?: string }): void;
  current?: FakeWorkbookLike;
}

/** What the playground page tells the pane's frame before it loads. */
export interface PlaygroundHost {
  readonly __PAR_FAKE__?: FakeGlobal;
  readonly __PAR_PLAYGROUND__?: { readonly displayLanguage: string };
}
