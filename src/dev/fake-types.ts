import type { ParFakeGlobal } from '../../test/fakes/browser-entry';

/** window.__PAR_FAKE__ (test/fakes/browser-entry.ts), as the playground and its pane frame see it. */
export type FakeGlobal = ParFakeGlobal;
export type FakeWorkbookLike = NonNullable<ParFakeGlobal['current']>;

/** Shared between the playground page and its pane frame. */
export interface PlaygroundLink {
  /** Office's display language, set by the page before the frame loads. */
  readonly displayLanguage: string;
  /** Set by the frame: runs a ribbon command as Excel would (the shared runtime is the frame). */
  invokeAction?: (id: string) => Promise<void>;
}

export interface PlaygroundHost {
  readonly __PAR_FAKE__?: FakeGlobal;
  readonly __PAR_PLAYGROUND__?: PlaygroundLink;
}
