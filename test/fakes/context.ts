/**
 * The request/sync machinery: proxies queue operations, context.sync() sends them as one request.
 * Loaded values become readable only after a sync that succeeded. A request that fails part way
 * keeps what its operations before the failing one did and nothing after, as Excel does: Office.js
 * runs a batch in order and stops at the first failing operation, with no rollback ("Building Office
 * Add-ins using Office.js", M. Zlatkovsky, on proxy objects and errors; Microsoft's "Error handling with
 * the application-specific JavaScript APIs"). A request over the payload limit is refused whole before
 * it runs.
 */
import { FakeOfficeError, notLoaded } from './errors';
import { cloneWorkbook, recalculate, type WorkbookModel } from './model';

export interface FakeStats {
  /** Round trips to the (fake) host; a sync with nothing queued makes none, as in office.js. */
  syncs: number;
  /** UTF-8 size of each round trip's request (JSON of the queued operations' arguments). */
  bytesPerSync: number[];
  /** Round trips the host rejected (payload limit or a failing operation). */
  failedSyncs: number;
  /**
   * UTF-8 size of each round trip's response: the JSON of the values it loads (see ProxyBase.collect).
   * Office.js wraps them in a little more JSON, so this is a lower bound of what Excel sends back.
   */
  responseBytesPerSync: number[];
}

/**
 * Excel on the web refuses a request or a response over 5 MB ("Resource limits and performance
 * optimization for Office Add-ins", Excel add-ins section). The fake enforces it unless a test
 * raises it.
 */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Which operation of which round trip a test wants to fail (0-based); undefined lets the sync run. */
export type SyncFault = (sync: { readonly index: number; readonly operations: number }) => number | undefined;

/** What a request context needs from the workbook it talks to. */
export interface FakeHost {
  model: WorkbookModel;
  readonly stats: FakeStats;
  readonly maxBytesPerSync: number | undefined;
  readonly maxResponseBytesPerSync: number | undefined;
  readonly latencyMs: number;
  readonly fault: SyncFault | undefined;
  nextId(): number;
}

export class Tx {
  readonly deliveries: (() => void)[] = [];
  dirty = false;
  /** What the loads of this request would send back (UTF-8 bytes of their values as JSON). */
  responseBytes = 0;
  constructor(readonly wb: WorkbookModel) {}

  /** Formulas are recalculated before anything is read, so a load sees computed values. */
  fresh(): WorkbookModel {
    if (this.dirty && this.wb.calculationMode !== 'Manual') recalculate(this.wb);
    this.dirty = false;
    return this.wb;
  }
}

interface Op {
  readonly args: unknown;
  run(tx: Tx): void;
}

const encoder = new TextEncoder();

export class Batch {
  private ops: Op[] = [];
  private readonly nullables: ProxyBase[] = [];

  constructor(readonly host: FakeHost) {}

  enqueue(args: Record<string, unknown>, run: (tx: Tx) => void): void {
    this.ops.push({ args, run });
  }

  /**
   * A *OrNullObject call is a request of its own in office.js: the next sync is a round trip. Its
   * operation runs in queue order, so a host limit it hits (checkLimits) fails the request there.
   */
  watchNull(proxy: ProxyBase): void {
    this.nullables.push(proxy);
    this.enqueue({ path: proxy.path }, (tx) => proxy.checkLimits(tx));
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    if (ops.length === 0) return;
    const bytes = encoder.encode(JSON.stringify(ops.map((o) => o.args))).length;
    const { host } = this;
    const index = host.stats.syncs;
    host.stats.syncs += 1;
    host.stats.bytesPerSync.push(bytes);
    if (host.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, host.latencyMs));
    if (host.maxBytesPerSync !== undefined && bytes > host.maxBytesPerSync) {
      host.stats.failedSyncs += 1;
      host.stats.responseBytesPerSync.push(0);
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${bytes} bytes) has exceeded the limit (${host.maxBytesPerSync} bytes).`,
      );
    }
    const faultAt = host.fault?.({ index, operations: ops.length });
    const tx = new Tx(cloneWorkbook(host.model));
    let failedAt = -1;
    let failure: unknown;
    for (let i = 0; i < ops.length; i++) {
      if (i === faultAt) {
        failedAt = i;
        failure = new FakeOfficeError('GeneralException', `Injected failure at operation ${i} of round trip ${index}.`);
        break;
      }
      try {
        ops[i]!.run(tx);
      } catch (e) {
        failedAt = i;
        failure = e;
        break;
      }
    }
    if (failedAt >= 0) {
      host.stats.failedSyncs += 1;
      host.stats.responseBytesPerSync.push(0);
      // The operations before the failing one stay applied. An operation may have changed the copy
      // before it threw, so they are replayed on a fresh copy rather than kept from this one.
      const kept = new Tx(cloneWorkbook(host.model));
      for (let i = 0; i < failedAt; i++) ops[i]!.run(kept);
      kept.fresh();
      host.model = kept.wb;
      throw failure;
    }
    tx.fresh();
    for (const p of this.nullables) tx.deliveries.push(p.nullDelivery(tx));
    host.model = tx.wb;
    host.stats.responseBytesPerSync.push(tx.responseBytes);
    if (host.maxResponseBytesPerSync !== undefined && tx.responseBytes > host.maxResponseBytesPerSync) {
      // The request ran; only its answer is refused, so nothing it loaded becomes readable.
      host.stats.failedSyncs += 1;
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${tx.responseBytes} bytes) has exceeded the limit (${host.maxResponseBytesPerSync} bytes).`,
      );
    }
    for (const d of tx.deliveries) d();
  }
}

/** Turns every form load() accepts into property paths ("format/font/bold"). */
export function loadPaths(spec: unknown, prefix = ''): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === 'string') {
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s) => prefix + s);
  }
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s, prefix));
  if (typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    if ('select' in o || 'expand' in o) return [...loadPaths(o.select, prefix), ...loadPaths(o.expand, prefix)];
    return Object.entries(o).flatMap(([k, v]) => {
      if (k === '$all') return [];
      if (v === true) return [prefix + k];
      if (v && typeof v === 'object') {
        const nested = loadPaths(v, `${prefix}${k}/`);
        return nested.length > 0 ? nested : [prefix + k];
      }
      return [];
    });
  }
  return [];
}

export abstract class ProxyBase {
  protected readonly loaded = new Map<string, unknown>();

  constructor(
    readonly batch: Batch,
    /** Stands for the object path office.js sends with each operation (it counts in the payload). */
    readonly path: string,
  ) {}

  /** Loadable scalar properties; load() with no argument loads them all. */
  protected abstract readonly scalars: readonly string[];

  protected child(_name: string): ProxyBase | undefined {
    return undefined;
  }

  protected read(_tx: Tx, prop: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `The property '${prop}' cannot be loaded.`);
  }

  /** True when a *OrNullObject call found nothing. */
  protected isNull(_tx: Tx): boolean {
    return false;
  }

  /** A host limit on this object's request (see RangeAreasProxy); none by default. */
  checkLimits(_tx: Tx): void {}

  nullDelivery(tx: Tx): () => void {
    let isNull: boolean;
    try {
      isNull = this.isNull(tx);
    } catch {
      // The object went away later in the batch (a deleted sheet): it reads as null, not as a failed sync.
      isNull = true;
    }
    return () => this.loaded.set('isNullObject', isNull);
  }

  get isNullObject(): boolean {
    return this.value<boolean>('isNullObject');
  }

  protected value<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** office.js keeps a value the add-in set, so it reads back without a load. */
  protected remember(prop: string, v: unknown): void {
    this.loaded.set(prop, v);
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.batch.enqueue({ path: this.path, load: paths }, (tx) => {
      tx.fresh();
      tx.deliveries.push(...this.collect(tx, paths));
    });
    return this;
  }

  collect(tx: Tx, paths: readonly string[]): (() => void)[] {
    const isNull = this.isNull(tx);
    const out: (() => void)[] = [() => this.loaded.set('isNullObject', isNull)];
    if (isNull) return out;
    const own = new Set<string>(paths.length === 0 ? this.scalars : []);
    const nested = new Map<ProxyBase, string[]>();
    for (const p of paths) {
      const [head = '', ...rest] = p.split('/');
      const child = this.child(head);
      if (child) {
        const list = nested.get(child) ?? [];
        if (rest.length > 0) list.push(rest.join('/'));
        nested.set(child, list);
      } else if (this.scalars.includes(head) && rest.length === 0) own.add(head);
      else if (head !== 'isNullObject') throw new FakeOfficeError('InvalidArgument', `The property '${p}' cannot be loaded.`);
    }
    const values = [...own].map((p) => [p, this.read(tx, p)] as const);
    tx.responseBytes += encoder.encode(JSON.stringify(values)).length;
    out.push(() => values.forEach(([p, v]) => this.loaded.set(p, v)));
    for (const [child, sub] of nested) out.push(...child.collect(tx, sub));
    return out;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Like OfficeExtension.ClientResult: the value arrives with the next sync. */
export class FakeClientResult<T> {
  private has = false;
  private v: T | undefined;

  set(v: T): void {
    this.v = v;
    this.has = true;
  }

  get value(): T {
    if (!this.has) throw notLoaded('value');
    return this.v as T;
  }
}
