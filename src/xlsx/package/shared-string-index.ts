import type { OpcPackage } from './package';
import { isType, readRels, REL, relTargetPart } from './rels';
import { decodeEscapes } from './shared-strings';
import { plainSpacing } from './cell-xml';
import { rootPrefix, unescapeXml } from './xml';

/**
 * The workbook's shared strings (Part 1 §18.4.9) that are plain text, by their text: the tool's
 * sheets refer to these by index instead of repeating the text inline. A task's text, its product
 * and its deadline are already there, since Excel stores every text cell of the table that way; a
 * 50,000-row table's agency sheets shrink by about half, and so does what is encoded and deflated.
 *
 * Only items a reader cannot show differently from an inline string count: a single run of text
 * (no formatted runs, no phonetic guide), with its spaces kept (xml:space="preserve") or needing no
 * keeping. The part itself is left byte for byte as it was: nothing is appended or renumbered. Its
 * count attribute (references in the whole workbook) then falls short of the new references; the
 * attribute is optional, and readers do not rely on it (Excel counts again when it saves).
 */
export type SharedStringIndex = ReadonlyMap<string, number>;

const NONE: SharedStringIndex = new Map();

const patterns = new Map<string, RegExp>();

/**
 * One pattern for every item, so the scan runs in the regular expression engine rather than in
 * code a command line runs once: a plain item (its text in group 1, or in group 2 when its spaces
 * are kept), or any other item, which only takes its index. Text cannot hold "<", so no item is
 * mistaken for another.
 */
function itemPattern(p: string): RegExp {
  let re = patterns.get(p);
  if (!re) {
    const q = p.replace(/[.]/g, '\\.');
    re = new RegExp(
      `<${q}si>(?:<${q}t>([^<]*)</${q}t>|<${q}t xml:space="preserve">([^<]*)</${q}t>)</${q}si>|<${q}si(?=[\\s>/])(?:[^>]*/>|[\\s\\S]*?</${q}si>)`,
      'g',
    );
    patterns.set(p, re);
  }
  return re;
}

/** An item's text as a cell shows it, or undefined when the item is not certain to show it as inline text would. */
function plainText(plain: string | undefined, kept: string | undefined): string | undefined {
  let text = plain ?? kept;
  // A carriage return: an XML reader turns it into a line feed.
  if (text === undefined || text === '' || text.includes('\r')) return undefined;
  if (text.includes('&')) text = unescapeXml(text);
  if (text.includes('_x')) text = decodeEscapes(text);
  return kept !== undefined || plainSpacing(text) ? text : undefined;
}

/**
 * The plain items of a shared strings part's XML by their text (see SharedStringIndex). `decoded`:
 * the same table as a reader decoded it, by index (see XlsxPackage.sharedStrings). A key equal to
 * the reader's string is that string object: the tool's cells hold the reader's strings, and a
 * lookup of the very key compares no text (4,000-char task texts down a 50,000-row table's agency
 * sheets). The map is the same by value either way.
 */
export function plainItems(xml: string, decoded: readonly string[] | null = null): Map<string, number> {
  // A CDATA section or a comment may hold "</si>" and would throw the count off: no index then.
  if (xml.includes('<![CDATA[') || xml.includes('<!--')) return new Map();
  const re = itemPattern(rootPrefix(xml));
  const out = new Map<string, number>();
  let index = 0;
  re.lastIndex = 0;
  for (let m = re.exec(xml); m !== null; m = re.exec(xml)) {
    let text = plainText(m[1], m[2]);
    const known = decoded?.[index];
    if (known !== undefined && known === text) text = known;
    // The first of two equal items: either shows the same.
    if (text !== undefined && !out.has(text)) out.set(text, index);
    index++;
  }
  return out;
}

/** `decoded`: the reader's strings of the same table, if it has read them (see plainItems). */
export function sharedStringIndex(pkg: OpcPackage, workbookPart: string, decoded: readonly string[] | null = null): SharedStringIndex {
  const rel = readRels(pkg, workbookPart).find((r) => isType(r, REL.sharedStrings));
  const part = rel ? relTargetPart(workbookPart, rel) : undefined;
  const xml = part ? pkg.text(part) : undefined;
  return xml ? plainItems(xml, decoded) : NONE;
}
