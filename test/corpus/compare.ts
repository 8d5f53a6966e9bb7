import { strFromU8, unzipSync } from 'fflate';
import { canonical, child, childrenNamed, localName, parseXml, type XmlNode } from './xml-tree';

/**
 * Part-by-part comparison of a workbook package before and after scoring. It reads both packages
 * with fflate and saxes, not with the writer's own modules, and returns every difference that is
 * not one of the tool's additions (an empty list when the output is as promised).
 */

export type Parts = Record<string, Uint8Array>;

export function unzipParts(bytes: Uint8Array): Parts {
  const out: Parts = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (!name.endsWith('/')) out[name.replace(/^\//, '')] = data;
  return out;
}

/** A part's text: UTF-16 by its byte order mark (ECMA-376 Part 2 §8.1.4 allows it), else UTF-8; the mark dropped. */
function text(parts: Parts, name: string): string {
  const bytes = parts[name]!;
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  return (encoding ? new TextDecoder(encoding).decode(bytes) : strFromU8(bytes)).replace(/^\uFEFF/, '');
}
const xmlOf = (parts: Parts, name: string): XmlNode => parseXml(text(parts, name));

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function resolve(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function findPart(parts: Parts, name: string): string | undefined {
  return Object.keys(parts).find((p) => p.toLowerCase() === name.toLowerCase());
}

export interface PackageLayout {
  readonly workbook: string;
  /** Sheet name -> worksheet part. */
  readonly sheets: Map<string, string>;
}

export function layout(parts: Parts): PackageLayout {
  const rootRels = xmlOf(parts, '_rels/.rels');
  const officeDoc = childrenNamed(rootRels, 'Relationship').find((r) => r.attrs.Type!.endsWith('/officeDocument'))!;
  const workbook = findPart(parts, resolve('', officeDoc.attrs.Target!))!;
  const rels = childrenNamed(xmlOf(parts, relsOf(workbook)), 'Relationship');
  const sheets = new Map<string, string>();
  for (const sheet of childrenNamed(child(xmlOf(parts, workbook), 'sheets')!, 'sheet')) {
    const id = Object.entries(sheet.attrs).find(([k]) => k.endsWith(':id'))![1];
    const rel = rels.find((r) => r.attrs.Id === id)!;
    sheets.set(sheet.attrs.name!, findPart(parts, resolve(workbook, rel.attrs.Target!))!);
  }
  return { workbook, sheets };
}

/** What the tool says it owns (its marker), to tell its additions from anything else. */
export interface ToolClaims {
  readonly tableSheet: string;
  readonly tableColumns: readonly number[];
  readonly sheets: readonly string[];
  readonly markerSheet: string;
  /**
   * The rows of those columns the tool wrote (0-based, inclusive), when the comparison must hold it
   * to them: a user's cells in the same columns above or below (a title, a signature) stay as they were.
   */
  readonly tableRows?: { readonly first: number; readonly last: number };
}

function columnOf(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function compareList(before: XmlNode[], after: XmlNode[], what: string, allowedExtra: (n: XmlNode) => boolean, allowedMissing: (n: XmlNode) => boolean = () => false): string[] {
  const problems: string[] = [];
  const afterKeys = after.map((n) => canonical(n));
  const beforeKeys = new Set(before.map((n) => canonical(n)));
  for (const node of before) if (!afterKeys.includes(canonical(node)) && !allowedMissing(node)) problems.push(`${what}: lost ${canonical(node).slice(0, 200)}`);
  for (const node of after) if (!beforeKeys.has(canonical(node)) && !allowedExtra(node)) problems.push(`${what}: unexpected ${canonical(node).slice(0, 200)}`);
  return problems;
}

function compareContentTypes(before: XmlNode, after: XmlNode, newParts: Set<string>, removed: Set<string>): string[] {
  return compareList(
    before.children,
    after.children,
    '[Content_Types].xml',
    // The tool's sheets, and a styles part for its formats when the workbook had none (ECMA-376 Part 1 12.3.20 makes it optional).
    (n) => localName(n) === 'Override' && newParts.has(n.attrs.PartName!.slice(1)) && /(worksheet|styles)\+xml$/.test(n.attrs.ContentType!),
    (n) => localName(n) === 'Override' && removed.has(n.attrs.PartName!.slice(1)),
  );
}

function compareWorkbook(before: XmlNode, after: XmlNode, claims: ToolClaims): string[] {
  const toolSheets = new Set([...claims.sheets, claims.markerSheet]);
  // A namespace declaration the tool's sheet elements need may be added to the root.
  const declared = Object.keys(after.attrs).filter((k) => k.startsWith('xmlns:') && !(k in before.attrs));
  const strip = (node: XmlNode): XmlNode => ({
    ...node,
    attrs: Object.fromEntries(Object.entries(node.attrs).filter(([k]) => !declared.includes(k))),
    children: node.children.map((c) => (localName(c) === 'sheets' ? { ...c, children: c.children.filter((s) => !toolSheets.has(s.attrs.name!)) } : c)),
  });
  return canonical(strip(before)) === canonical(strip(after)) ? [] : ['workbook.xml: changed beyond the tool sheets'];
}

function compareStyles(before: XmlNode, after: XmlNode): string[] {
  const problems: string[] = [];
  for (const list of before.children) {
    const name = localName(list);
    const out = child(after, name);
    if (!out) {
      problems.push(`styles: lost ${name}`);
      continue;
    }
    const keysBefore = list.children.map((c) => canonical(c));
    const keysAfter = out.children.map((c) => canonical(c));
    // Cells refer to these lists by index: the originals must keep their places.
    if (keysBefore.some((k, i) => keysAfter[i] !== k)) problems.push(`styles: ${name} renumbered or changed`);
    if (canonical({ ...list, children: [] }, ['count']) !== canonical({ ...out, children: [] }, ['count'])) problems.push(`styles: ${name} attributes changed`);
  }
  return problems;
}

function compareApp(before: XmlNode, after: XmlNode): string[] {
  const problems: string[] = [];
  for (const node of before.children) {
    const name = localName(node);
    if (name === 'HeadingPairs' || name === 'TitlesOfParts') continue;
    const out = child(after, name);
    if (!out || canonical(out) !== canonical(node)) problems.push(`app.xml: ${name} changed`);
  }
  const titles = (n: XmlNode): string[] => (child(n, 'TitlesOfParts') ? child(child(n, 'TitlesOfParts')!, 'vector')!.children.map((t) => t.text) : []);
  const kept = titles(after);
  for (const t of titles(before)) if (!kept.includes(t)) problems.push(`app.xml: lost title ${t}`);
  return problems;
}

/** Column attributes per column number, spread out of min..max ranges. */
function columnSettings(sheet: XmlNode): Map<number, string> {
  const out = new Map<number, string>();
  for (const cols of childrenNamed(sheet, 'cols')) {
    for (const col of childrenNamed(cols, 'col')) {
      const attrs = canonical({ ...col, children: [] }, ['min', 'max']);
      for (let n = Number(col.attrs.min); n <= Number(col.attrs.max); n++) out.set(n, attrs);
    }
  }
  return out;
}

function cellsOf(sheet: XmlNode): Map<string, { row: XmlNode; cell: XmlNode }> {
  const out = new Map<string, { row: XmlNode; cell: XmlNode }>();
  for (const row of childrenNamed(child(sheet, 'sheetData')!, 'row')) {
    for (const cell of childrenNamed(row, 'c')) out.set(cell.attrs.r!, { row, cell });
  }
  return out;
}

function holdsValue(cell: XmlNode): boolean {
  return cell.children.some((c) => (localName(c) === 'v' && c.text !== '') || localName(c) === 'f' || (localName(c) === 'is' && canonical(c).length > 0));
}

function rowOf(ref: string): number {
  return Number(/\d+$/.exec(ref)![0]) - 1;
}

function compareTableSheet(before: XmlNode, after: XmlNode, claims: ToolClaims): string[] {
  const problems: string[] = [];
  const owned = new Set(claims.tableColumns);
  const rows = claims.tableRows;
  const ownedCell = (ref: string): boolean => owned.has(columnOf(ref)) && (!rows || (rowOf(ref) >= rows.first && rowOf(ref) <= rows.last));
  const edited = new Set(['sheetData', 'cols', 'dimension', 'conditionalFormatting']);
  const rest = (n: XmlNode): string[] => n.children.filter((c) => !edited.has(localName(c))).map((c) => canonical(c));
  const restBefore = rest(before);
  const restAfter = rest(after);
  if (restBefore.join('') !== restAfter.join('')) problems.push('table sheet: elements other than cells, columns and conditional formats changed');

  const cellsAfter = cellsOf(after);
  for (const [ref, { row, cell }] of cellsOf(before)) {
    if (ownedCell(ref)) {
      if (holdsValue(cell)) problems.push(`table sheet: user value under the tool's column at ${ref}`);
      continue;
    }
    const out = cellsAfter.get(ref);
    if (!out) problems.push(`table sheet: lost cell ${ref}`);
    else if (canonical(out.cell) !== canonical(cell)) problems.push(`table sheet: cell ${ref} changed`);
    else if (canonical({ ...out.row, children: [] }, ['spans']) !== canonical({ ...row, children: [] }, ['spans'])) problems.push(`table sheet: row of ${ref} changed`);
  }
  for (const ref of cellsAfter.keys()) {
    if (!ownedCell(ref) && !cellsOf(before).has(ref)) problems.push(`table sheet: new cell ${ref} outside the tool's columns`);
  }

  const colsBefore = columnSettings(before);
  const colsAfter = columnSettings(after);
  for (const n of new Set([...colsBefore.keys(), ...colsAfter.keys()])) {
    if (owned.has(n - 1)) continue;
    if (colsBefore.get(n) !== colsAfter.get(n)) problems.push(`table sheet: column ${n} settings changed`);
  }

  problems.push(
    ...compareList(childrenNamed(before, 'conditionalFormatting'), childrenNamed(after, 'conditionalFormatting'), 'table sheet conditional formats', (n) =>
      n.attrs.sqref!.split(/\s+/).every((range) => range.split(':').every((ref) => owned.has(columnOf(ref)))),
    ),
  );
  return problems;
}

/** The styles part the tool added to a workbook that had none, if it did. */
function newStylesPart(before: Parts, after: Parts, workbook: string): string | undefined {
  const styles = (parts: Parts): string | undefined => {
    const rels = childrenNamed(xmlOf(parts, relsOf(workbook)), 'Relationship').find((r) => r.attrs.Type!.endsWith('/styles'));
    return rels ? resolve(workbook, rels.attrs.Target!) : undefined;
  };
  const added = styles(after);
  return styles(before) === undefined && added !== undefined && !(added in before) && localName(xmlOf(after, added)) === 'styleSheet' ? added : undefined;
}

/** Differences between the packages that are not the tool's additions. */
export function comparePackages(before: Parts, after: Parts, claims: ToolClaims): string[] {
  const problems: string[] = [];
  const layoutBefore = layout(before);
  const layoutAfter = layout(after);
  const calcChain = Object.keys(before).filter((p) => /(^|\/)calcChain\.xml$/i.test(p));
  const tablePart = layoutBefore.sheets.get(claims.tableSheet);
  if (!tablePart) return [`no sheet ${claims.tableSheet}`];
  const toolParts = new Set([...claims.sheets, claims.markerSheet].map((s) => layoutAfter.sheets.get(s)).filter((p): p is string => p !== undefined));
  const newParts = new Set(Object.keys(after).filter((p) => !(p in before)));
  const addedStyles = newStylesPart(before, after, layoutAfter.workbook);
  for (const part of newParts) if (!toolParts.has(part) && part !== addedStyles) problems.push(`unexpected new part ${part}`);

  for (const part of Object.keys(before)) {
    if (!(part in after)) {
      if (!calcChain.includes(part)) problems.push(`lost part ${part}`);
      continue;
    }
    if (sameBytes(before[part]!, after[part]!)) continue;
    const b = xmlOf(before, part);
    const a = xmlOf(after, part);
    if (part === '[Content_Types].xml') problems.push(...compareContentTypes(b, a, newParts, new Set(calcChain)));
    else if (part === relsOf(layoutBefore.workbook)) {
      problems.push(
        ...compareList(b.children, a.children, part, (n) => newParts.has(resolve(layoutBefore.workbook, n.attrs.Target!)), (n) => n.attrs.Type!.endsWith('/calcChain')),
      );
    } else if (part === layoutBefore.workbook) problems.push(...compareWorkbook(b, a, claims));
    else if (localName(b) === 'styleSheet') problems.push(...compareStyles(b, a));
    else if (part === 'docProps/app.xml') problems.push(...compareApp(b, a));
    else if (part === tablePart) problems.push(...compareTableSheet(b, a, claims));
    else problems.push(`changed part ${part}`);
  }
  return problems;
}
