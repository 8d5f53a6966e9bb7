import { elementsOf } from '../read/parts';
import { editableXml } from './editable-xml';
import { utf8Declared, xmlText } from '../read/utf8';
import { ZipArchive, type ZipEntry } from '../zip/archive';
import { partNameKey, percentDecoded } from '../zip/part-name';
import { makeEntry, writeZip, ZipFormatError, type WriteEntry } from '../zip/write';

/**
 * An OPC package (ECMA-376 Part 2) held as its zip entries. Part names are compared without case
 * and without the leading "/" (Part 2 §6.2.2.3 makes them case-insensitive; zip names carry no
 * slash). Untouched parts are written back with their original compressed bytes.
 */
export class OpcPackage {
  private readonly zip: ZipArchive;
  /** New contents by part key: text is encoded only when the package is written. */
  private readonly replaced = new Map<string, string | Uint8Array>();
  private readonly removed = new Set<string>();
  private readonly added: string[] = [];
  /**
   * The added names by part key: a plan with a thousand agencies adds a thousand sheets, and each
   * lookup scanned the list (finding a free sheet name asked it once per existing sheet: cubic).
   */
  private readonly addedByKey = new Map<string, string>();
  /** Texts already inflated and decoded: the editors read the same parts several times. */
  private readonly texts = new Map<string, string>();

  /**
   * `source`: the package's bytes, or the archive a reader has just read (the parts it decoded are
   * taken over as text, not inflated and decoded again; see ZipArchive.keepTexts).
   */
  constructor(source: Uint8Array | ZipArchive) {
    this.zip = source instanceof ZipArchive ? source : new ZipArchive(source);
    // The reader's text is the writer's: a byte order mark dropped, a UTF-16 part's declaration made
    // to say UTF-8, the encoding its text is written back in (src/xlsx/read/utf8.ts).
    for (const [entry, text] of this.zip.takeTexts()) this.texts.set(partKey(entry.name), editableXml(utf8Declared(text), entry.name));
  }

  /**
   * Every package has a content types stream (Part 2 §10.1.2); the tool's new parts are declared in
   * it, so a package without a readable one cannot be written correctly.
   */
  requireContentTypes(): void {
    if (!this.hasReadableContentTypes()) throw new ZipFormatError('no readable [Content_Types].xml');
  }

  private hasReadableContentTypes(): boolean {
    const types = this.text('[Content_Types].xml');
    if (types === undefined) return false;
    try {
      return elementsOf(types, '[Content_Types].xml', new Set(['Types'])).length === 1;
    } catch {
      return false;
    }
  }

  private find(name: string): ZipEntry | undefined {
    return this.zip.entry(name);
  }

  /** The zip entry name of a part as stored, or the normalised name of a new one. */
  entryName(name: string): string | undefined {
    const key = partKey(name);
    if (this.removed.has(key)) return undefined;
    const existing = this.find(name);
    if (existing) return existing.name;
    return this.addedByKey.get(key);
  }

  has(name: string): boolean {
    return this.entryName(name) !== undefined;
  }

  /** Every part name present (zip spelling), directories excluded. */
  partNames(): string[] {
    const names = this.zip.names().filter((n) => !n.endsWith('/') && !this.removed.has(partKey(n)));
    return [...names, ...this.added.filter((n) => !this.removed.has(partKey(n)))];
  }

  bytes(name: string): Uint8Array | undefined {
    const key = partKey(name);
    if (this.removed.has(key)) return undefined;
    const replaced = this.replaced.get(key);
    if (replaced !== undefined) return utf8(replaced);
    const entry = this.find(name);
    return entry ? this.zip.bytes(entry) : undefined;
  }

  text(name: string): string | undefined {
    const key = partKey(name);
    if (this.removed.has(key)) return undefined;
    const known = this.texts.get(key);
    if (known !== undefined) return known;
    const bytes = this.bytes(name);
    if (!bytes) return undefined;
    // A byte order mark is allowed before the XML declaration; the XML editors expect none, nor the
    // rarer forms editableXml removes.
    const text = editableXml(xmlText(bytes), name.replace(/^\//, ''));
    this.texts.set(key, text);
    return text;
  }

  setText(name: string, text: string): void {
    this.replace(name, text);
    this.texts.set(partKey(name), text);
  }

  /** A part's new content as UTF-8 bytes already made (a large sheet written as it was built). */
  setBytes(name: string, bytes: Uint8Array): void {
    this.replace(name, bytes);
    this.texts.delete(partKey(name));
  }

  private replace(name: string, content: string | Uint8Array): void {
    const key = partKey(name);
    this.removed.delete(key);
    if (!this.find(name) && !this.addedByKey.has(key)) {
      const added = name.replace(/^\//, '');
      this.added.push(added);
      this.addedByKey.set(key, added);
    }
    this.replaced.set(key, content);
  }

  remove(name: string): void {
    this.removed.add(partKey(name));
    this.texts.delete(partKey(name));
  }

  /** Whether a part's bytes are new or changed since the package was read. */
  changed(name: string): boolean {
    const key = partKey(name);
    return this.replaced.has(key) || this.removed.has(key);
  }

  toBytes(): Uint8Array {
    const when = new Date();
    const out: WriteEntry[] = [];
    for (const entry of this.zip.entries()) {
      const key = partKey(entry.name);
      if (this.removed.has(key)) continue;
      const replaced = this.replaced.get(key);
      if (replaced === undefined) {
        out.push({ ...entry, raw: this.zip.compressed(entry) });
        continue;
      }
      // The entry keeps its place and spelling: only its content changes.
      out.push({ ...makeEntry(entry.name, utf8(replaced), when), comment: entry.comment });
    }
    for (const name of this.added) {
      const key = partKey(name);
      if (this.removed.has(key)) continue;
      out.push(makeEntry(name, utf8(this.replaced.get(key)!), when));
    }
    return writeZip(out, this.zip.comment);
  }
}

/** Node's encoder, not fflate's: fflate's module starts worker threads when loaded. */
function utf8(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/** The key of a part name, however it is spelled (see partNameKey). */
export function partKey(name: string): string {
  return partNameKey(name);
}

/** The folder of a part ("xl/worksheets/sheet1.xml" -> "xl/worksheets"). */
function partFolder(name: string): string {
  const clean = name.replace(/^\//, '');
  const slash = clean.lastIndexOf('/');
  return slash < 0 ? '' : clean.slice(0, slash);
}

/** The relationships part of a part (Part 2 §9.3.3): "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
export function relsPartOf(name: string): string {
  const clean = name.replace(/^\//, '');
  const folder = partFolder(clean);
  const file = clean.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === '' ? '' : `${folder}/`}_rels/${file}.rels`;
}

/**
 * A relationship target resolved against its source part: absolute targets ("/xl/worksheets/…",
 * as openpyxl writes them) and relative ones ("worksheets/sheet1.xml", "../media/x.png") alike.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = target.split('#')[0]!;
  const joined = path.startsWith('/') ? path.slice(1) : `${partFolder(sourcePart)}/${path}`;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    // A '%' that starts no escape is kept as written rather than thrown on (URIError, a stack trace).
    else out.push(percentDecoded(segment));
  }
  return out.join('/');
}

/** A target for a part, relative to the source part's folder, as Excel writes them. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = partFolder(sourcePart).split('/').filter((s) => s !== '');
  const to = part.replace(/^\//, '').split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
