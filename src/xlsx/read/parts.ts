import { PackageError } from './errors';
import { Utf8Slices, xmlText } from './utf8';
import { attributesOf, XmlScanner } from './xml';
import type { ZipArchive, ZipEntry } from '../zip/archive';
import { percentDecoded } from '../zip/part-name';

/** Parts other than sheets and shared strings are small; this bounds what a damaged or hostile one may claim. */
export const SMALL_PART_LIMIT = 64 * 1024 * 1024;

interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
}

/** The named elements of a small part, in document order, with their attributes. */
export function elementsOf(text: string, part: string, wanted: ReadonlySet<string>): XmlElement[] {
  const out: XmlElement[] = [];
  const scanner = new XmlScanner(
    {
      open: (name, attrs) => {
        if (wanted.has(name)) out.push({ name, attrs: attributesOf(attrs) });
      },
      close: () => undefined,
      text: () => undefined,
    },
    part,
  );
  scanner.feed(text);
  scanner.end();
  return out;
}

/**
 * Parts this small are inflated at once: a streaming inflate costs more to set up than a part of a few
 * KB takes to inflate (opening the example workbooks' workbook, relationships and styles: 8 -> 5 ms).
 */
const AT_ONCE = 1024 * 1024;

/**
 * A small part's text (workbook, relationships, styles), kept for a writer as ZipArchive.text keeps
 * it. A part that states more than `limit` goes the streaming way, which refuses it. Either way the
 * part's stated size and CRC-32 are checked, and a part never grows past its stated size.
 */
export async function smallPartText(zip: ZipArchive, entry: ZipEntry, limit: number): Promise<string> {
  if (entry.size > AT_ONCE || entry.size > limit) return zip.text(entry, limit);
  // Decoded as ZipArchive.text decodes its slices: UTF-8 or UTF-16, a byte order mark dropped.
  const text = xmlText(zip.bytes(entry));
  zip.keepText(entry, text);
  return text;
}

export function requirePart(zip: ZipArchive, name: string): ZipEntry {
  const entry = zip.entry(name);
  if (!entry) throw new PackageError('missing-part', { part: name });
  return entry;
}

/** Streams a part's text through a scanner: the part never sits in memory whole. */
export async function scanPart(zip: ZipArchive, entry: ZipEntry, scanner: XmlScanner): Promise<void> {
  const text = new Utf8Slices();
  // A writer reading the package next (see ZipArchive.keepTexts) gets the slices joined.
  const slices: string[] | null = zip.keeps(entry) ? [] : null;
  await zip.inflate(entry, (bytes) => {
    const slice = text.decode(bytes);
    slices?.push(slice);
    scanner.feed(slice);
  });
  const last = text.end();
  scanner.feed(last);
  scanner.end();
  if (slices) {
    slices.push(last);
    zip.keepText(entry, slices.join(''));
  }
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's name, resolved and without a leading slash; null for an external target. */
  readonly part: string | null;
}

/** The relationships part of a part (OPC: "xl/_rels/workbook.xml.rels" for "xl/workbook.xml"). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship target resolved against its source part. Targets may be relative ("worksheets/
 * sheet1.xml", "../xl/x.xml") or absolute ("/xl/worksheets/sheet1.xml", as openpyxl writes them).
 */
function resolveTarget(sourcePart: string, target: string): string {
  const path = target.split('#')[0]!.replace(/\\/g, '/');
  const base = path.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(percentDecoded(segment));
  }
  return base.join('/');
}

const RELATIONSHIP = new Set(['Relationship']);

/** A part's relationships; none when it has no relationships part. */
export async function relationshipsOf(zip: ZipArchive, sourcePart: string): Promise<Relationship[]> {
  const relsName = relsPartOf(sourcePart);
  const entry = zip.entry(relsName);
  if (!entry) return [];
  return elementsOf(await smallPartText(zip, entry, SMALL_PART_LIMIT), relsName, RELATIONSHIP).map(({ attrs }) => ({
    id: attrs.Id ?? '',
    type: attrs.Type ?? '',
    part: attrs.TargetMode === 'External' || attrs.Target === undefined ? null : resolveTarget(sourcePart, attrs.Target),
  }));
}

/** Relationship types end the same in the transitional and strict namespaces: match on the last segment. */
export function hasType(rel: Relationship, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}
