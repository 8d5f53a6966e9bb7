import { WORKSHEET_ORDER } from './sheet-xml';
import { findElement, rootPrefix } from './xml';

/*
 * A sheet of the tool's (the summary, an agency's) is rewritten whole on a re-run, but the officer may
 * have added to it what Excel keeps beside the cells: a note or a threaded comment, a chart or a
 * picture, a dropdown, a conditional format, a hyperlink, print settings, a tab colour. Those are the
 * officer's work ("the officer's words are never lost without asking", docs/user-edits.md), so the
 * new part takes them over from the old one, with the sheet's relationships part, which holds the
 * links to their parts. The cells, the columns and the view are the tool's layout and are not taken.
 */

/** The tool's layout: written anew, never taken from the old part. */
const LAYOUT = new Set(['dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'mergeCells']);

interface Child {
  /** Its name without prefix. */
  readonly local: string;
  readonly text: string;
  /** Where the schema puts it (CT_Worksheet, Part 1 §18.3.1.99); an unknown element ranks with the one before it. */
  readonly rank: number;
}

const START_TAG = /<([\w.-]+:)?([\w.-]+)(?=[\s/>])[^>]*>/y;

/** The root's children in order, each as its text (comments and processing instructions skipped). */
function childrenOf(xml: string): { root: { start: number; startTag: string; name: string }; children: Child[] } | null {
  const p = rootPrefix(xml);
  const root = findElement(xml, `${p}worksheet`);
  if (!root || root.startTag.endsWith('/>')) return null;
  const children: Child[] = [];
  let at = root.innerStart;
  let rank = -1;
  while (at < root.innerEnd) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= root.innerEnd) break;
    if (xml.startsWith('<?', lt) || xml.startsWith('<!--', lt)) {
      const close = xml.indexOf(xml.startsWith('<?', lt) ? '?>' : '-->', lt);
      if (close < 0) break;
      at = close + (xml.startsWith('<?', lt) ? 2 : 3);
      continue;
    }
    START_TAG.lastIndex = lt;
    const m = START_TAG.exec(xml);
    if (!m) break;
    const qname = `${m[1] ?? ''}${m[2]!}`;
    let end = lt + m[0].length;
    if (!m[0].endsWith('/>')) {
      const close = xml.indexOf(`</${qname}>`, end);
      if (close < 0) break;
      end = close + qname.length + 3;
    }
    const known = WORKSHEET_ORDER.indexOf(m[2]!);
    if (known >= 0) rank = known;
    children.push({ local: m[2]!, text: xml.slice(lt, end), rank });
    at = end;
  }
  return { root: { start: root.start, startTag: root.startTag, name: `${p}worksheet` }, children };
}

/** The namespace declarations (and mc:Ignorable) of `from`'s root that `to`'s root lacks, added to it. */
function withDeclarations(to: string, from: string): string {
  let tag = to;
  for (const m of from.matchAll(/\s(xmlns(?::[\w.-]+)?|mc:Ignorable)\s*=\s*("[^"]*"|'[^']*')/g)) {
    const name = m[1]!;
    if (new RegExp(`\\s${name.replace(/[.:-]/g, '\\$&')}\\s*=`).test(tag)) continue;
    // A default namespace other than the new root's would move its unprefixed elements: never taken.
    if (name === 'xmlns') continue;
    tag = tag.replace(/\s*(\/?>)$/, ` ${name}=${m[2]!}$1`);
  }
  return tag;
}

/** Conditional format rules renumbered from `first` on, so their priorities follow the tool's. */
function renumbered(text: string, next: () => number): string {
  return text.replace(/(<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority\s*=\s*)(["'])\d+\2/g, (_m, head: string, q: string) => `${head}${q}${next()}${q}`);
}

/**
 * What only a person puts on a sheet: notes and comments, drawings (charts, pictures, shapes),
 * objects and controls, tables, hyperlinks, dropdowns and sparklines (in the main list or in Excel
 * 2010's extension list). Not print settings or sheet properties, which every spreadsheet program
 * writes its own of when it saves a workbook again, nor conditional formats, which the tool writes
 * on some of its own sheets.
 */
const USERS_WORK = new Set(['drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'tableParts', 'hyperlinks', 'dataValidations', 'AlternateContent']);

/** Whether the old part holds something only a person puts there (USERS_WORK), not only a program's settings. */
export function hasUsersWork(oldXml: string): boolean {
  return (childrenOf(oldXml)?.children ?? []).some(
    (c) => USERS_WORK.has(c.local) || (c.local === 'extLst' && /<(?:[\w.-]+:)?(?:dataValidations|sparklineGroups)\b/.test(c.text)),
  );
}

/** Whether the old part holds anything of the officer's that a rewrite would lose. */
export function hasUsersAdditions(oldXml: string): boolean {
  return (childrenOf(oldXml)?.children ?? []).some((c) => !LAYOUT.has(c.local) && c.local !== 'pageMargins');
}

/**
 * The new part of a sheet of the tool's with what the officer added to the old one: every child of
 * the old root but the tool's layout, in the schema's order among the new part's children (the old
 * print margins in place of the tool's default ones; a conditional format the new part writes too is
 * not doubled). Returns the new part unchanged when the old one has nothing to give.
 */
export function withUsersAdditions(oldXml: string, newXml: string): string {
  const old = childrenOf(oldXml);
  const made = childrenOf(newXml);
  if (!old || !made) return newXml;
  const oldHasMargins = old.children.some((c) => c.local === 'pageMargins');
  const newTexts = new Set(made.children.map((c) => c.text.replace(/\spriority\s*=\s*("[^"]*"|'[^']*')/g, '')));
  const taken = old.children.filter(
    (c) => !LAYOUT.has(c.local) && !(c.local === 'conditionalFormatting' && newTexts.has(c.text.replace(/\spriority\s*=\s*("[^"]*"|'[^']*')/g, ''))),
  );
  if (!taken.some((c) => c.local !== 'pageMargins')) return newXml;
  let priority = Math.max(0, ...[...newXml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority\s*=\s*["'](\d+)["']/g)].map((m) => Number(m[1])));
  const next = () => ++priority;
  const kept = made.children.filter((c) => !(oldHasMargins && c.local === 'pageMargins'));
  // Stable: the new part's children first among equals, then the old ones in their order.
  const merged = [...kept.map((c, i) => ({ c, i, old: 0 })), ...taken.map((c, i) => ({ c: { ...c, text: renumbered(c.text, next) }, i, old: 1 }))].sort(
    (a, b) => a.c.rank - b.c.rank || a.old - b.old || a.i - b.i,
  );
  const head = newXml.slice(0, made.root.start);
  const startTag = withDeclarations(made.root.startTag, old.root.startTag);
  return `${head}${startTag}${merged.map((m) => m.c.text).join('')}</${made.root.name}>`;
}
