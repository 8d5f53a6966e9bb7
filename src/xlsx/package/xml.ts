/**
 * Small text-level XML helpers for editing package parts in place: everything outside the span
 * being edited stays byte for byte as the producing application wrote it.
 */

export function escapeText(text: string): string {
  if (!/[&<>]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** XML 1.0 forbids most control characters even as references; Excel writes them as _xHHHH_. */
export function escapeCellText(text: string): string {
  if (!/[&<>_\u0000-\u001f\ufffe\uffff]/.test(text)) return text;
  const encoded = text
    .replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeText(encoded);
}

export function unescapeXml(text: string): string {
  // Most values hold no reference: read back without a replace over them.
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref === 'amp') return '&';
    if (ref === 'lt') return '<';
    if (ref === 'gt') return '>';
    if (ref === 'quot') return '"';
    if (ref === 'apos') return "'";
    const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

const attrPatterns = new Map<string, RegExp>();

/** The value of an attribute in a start tag (a prefixed attribute is named with its prefix, "r:id"). */
export function attr(tag: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  if (!m) return undefined;
  return unescapeXml(m[1] ?? m[2] ?? '');
}

const setPatterns = new Map<string, RegExp>();

/** A start tag with an attribute set (added before the tag's end when missing). */
export function setAttr(tag: string, name: string, value: string): string {
  let re = setPatterns.get(name);
  if (!re) setPatterns.set(name, (re = new RegExp(`(\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`)));
  if (re.test(tag)) return tag.replace(re, `$1"${escapeAttr(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeAttr(value)}"$1`);
}

export function removeAttr(tag: string, name: string): string {
  const re = new RegExp(`\\s${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  return tag.replace(re, '');
}

/** An element found in a text: where it starts and ends, and its start tag. */
export interface ElementSpan {
  readonly start: number;
  readonly end: number;
  readonly startTag: string;
  /** Where its content starts and ends (equal for a self-closing element). */
  readonly innerStart: number;
  readonly innerEnd: number;
}

/**
 * The elements with a qualified name ("row", "x:row") from `from` on, not nested in each other.
 * Assumes the element does not contain itself, which holds for every element this package edits.
 */
const openPatterns = new Map<string, RegExp>();

export function findElements(xml: string, name: string, from = 0, to = xml.length, limit = Infinity): ElementSpan[] {
  const out: ElementSpan[] = [];
  let open = openPatterns.get(name);
  if (!open) openPatterns.set(name, (open = new RegExp(`<(${name.replace(/[.]/g, '\\.')})(?=[\\s/>])[^>]*>`, 'g')));
  // Searched within `to` (a slice shares the text, no copy): a missing element must not cost a scan
  // of the megabytes of cells beyond it.
  const text = to < xml.length ? xml.slice(0, to) : xml;
  open.lastIndex = from;
  for (let m = open.exec(text); m && out.length < limit; m = open.exec(text)) {
    const startTag = m[0];
    const innerStart = m.index + startTag.length;
    if (startTag.endsWith('/>')) {
      out.push({ start: m.index, end: innerStart, startTag, innerStart, innerEnd: innerStart });
      continue;
    }
    const close = `</${m[1]!}>`;
    const closeAt = text.indexOf(close, innerStart);
    if (closeAt < 0) break;
    out.push({ start: m.index, end: closeAt + close.length, startTag, innerStart, innerEnd: closeAt });
    open.lastIndex = closeAt + close.length;
  }
  return out;
}

/** The first such element: the search stops there (a sheet's XML runs to megabytes). */
export function findElement(xml: string, name: string, from = 0, to = xml.length): ElementSpan | undefined {
  return findElements(xml, name, from, to, 1)[0];
}

/** The namespace prefix ("x:" or "") the root element uses, so inserted elements match it. */
export function rootPrefix(xml: string): string {
  const m = /<(?!\?|!)([\w.-]+:)?[\w.-]+[\s>/]/.exec(xml);
  return m?.[1] ?? '';
}

/**
 * Inserts a child into a parent element so that the schema's sequence order holds: before the first
 * existing child whose name comes later in `order`, else before the parent's end. A self-closing
 * parent is opened first.
 */
export function insertChild(xml: string, parent: ElementSpan, child: string, childName: string, order: readonly string[]): string {
  const rank = order.indexOf(childName);
  const prefix = /^<([\w.-]+:)?/.exec(parent.startTag)?.[1] ?? '';
  let at = parent.innerEnd;
  if (rank >= 0) {
    for (const later of order.slice(rank + 1)) {
      // Only an element before the best place so far can move it: the search ends there.
      const found = findElement(xml, `${prefix}${later}`, parent.innerStart, at);
      if (found && found.start < at && directChild(xml, parent, found.start)) at = found.start;
    }
  }
  if (parent.startTag.endsWith('/>')) {
    const name = /^<([\w.:-]+)/.exec(parent.startTag)![1]!;
    const opened = parent.startTag.replace(/\s*\/>$/, '>');
    return `${xml.slice(0, parent.start)}${opened}${child}</${name}>${xml.slice(parent.end)}`;
  }
  return `${xml.slice(0, at)}${child}${xml.slice(at)}`;
}

/** Whether an offset inside a parent is at nesting depth one (not inside a grandchild such as extLst). */
function directChild(xml: string, parent: ElementSpan, offset: number): boolean {
  const prefix = /^<([\w.-]+:)?/.exec(parent.startTag)?.[1] ?? '';
  const ext = findElements(xml, `${prefix}extLst`, parent.innerStart, parent.innerEnd);
  return !ext.some((e) => offset > e.start && offset < e.end);
}
