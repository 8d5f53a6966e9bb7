import { escapeText } from './xml';

/*
 * The package editors work on a part's text with small patterns (xml.ts), which read the forms
 * Excel, LibreOffice and openpyxl write. XML 1.0 allows more, and other producers use it: a comment
 * or a CDATA section anywhere, white space before an end tag's ">" (§3.1 ETag), a prefix on the
 * relationships' and content types' elements (Open Packaging Conventions, ECMA-376 Part 2, only
 * names the namespace). A part the tool may edit is first brought to the plain form, with the same
 * meaning: comments dropped (they carry none; Excel drops them too when it saves), CDATA written as
 * escaped text, end tags closed up, the prefix of those two parts' namespace removed. A part in
 * that form already, as every part Excel writes is, stays the same string.
 */

/** White space before ">": only then can an end tag hold some (one cheap scan of a large sheet). */
const SPACE_BEFORE_CLOSE = [' >', '\n>', '\t>', '\r>'];

/** The part's text in the form the editors read. `name`: the part's name in the package. */
export function editableXml(text: string, name: string): string {
  let out = text;
  if (out.includes('<!--') || out.includes('<![CDATA[') || SPACE_BEFORE_CLOSE.some((s) => out.includes(s))) out = plainMarkup(out);
  if (name === '[Content_Types].xml' || /\.rels$/i.test(name)) out = unprefixed(out);
  return out;
}

function plainMarkup(text: string): string {
  // One pass, left to right: whichever construct starts first is taken whole, so a comment inside a
  // CDATA section stays text and a CDATA marker inside a comment goes with the comment.
  return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([^\s<>]+)\s+>/g, (_m, cdata: string | undefined, endName: string | undefined) => {
    if (cdata !== undefined) return escapeText(cdata);
    if (endName !== undefined) return `</${endName}>`;
    return '';
  });
}

/** A relationships or content types part whose elements carry a prefix, with the prefix bound as the default. */
function unprefixed(text: string): string {
  const root = /<([\w.-]+):(Relationships|Types)(?=[\s/>])/.exec(text);
  if (!root) return text;
  const p = root[1]!.replace(/[.-]/g, '\\$&');
  return text.replace(new RegExp(`<(/?)${p}:`, 'g'), '<$1').replace(new RegExp(`\\sxmlns:${p}(\\s*=)`, 'g'), ' xmlns$1');
}
