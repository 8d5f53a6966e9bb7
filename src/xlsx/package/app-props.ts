import { OpcPackage } from './package';
import { escapeText, findElement, findElements, unescapeXml } from './xml';

/**
 * Keeps the extended properties' sheet list (docProps/app.xml, ECMA-376 Part 1 §22.2: HeadingPairs
 * counts the titles of each kind, TitlesOfParts lists them) in step with the workbook's sheets. The
 * group changed is the one that lists exactly the sheets before the edit; when none does (a producer
 * that writes something else there), the part is left as it was.
 */
export function syncSheetTitles(pkg: OpcPackage, appPart: string | undefined, before: readonly string[], after: readonly string[]): void {
  if (!appPart) return;
  const xml = pkg.text(appPart);
  if (!xml) return;
  const headings = findElement(xml, 'HeadingPairs');
  const titles = findElement(xml, 'TitlesOfParts');
  if (!headings || !titles) return;
  const variants = findElements(xml, 'vt:variant', headings.innerStart, headings.innerEnd);
  const titleItems = findElements(xml, 'vt:lpstr', titles.innerStart, titles.innerEnd);
  const titleTexts = titleItems.map((t) => unescapeXml(xml.slice(t.innerStart, t.innerEnd)));
  let offset = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countSpan = variants[i + 1]!;
    const countMatch = /<vt:i4>(\d+)<\/vt:i4>/.exec(xml.slice(countSpan.innerStart, countSpan.innerEnd));
    if (!countMatch) return;
    const count = Number(countMatch[1]);
    const group = titleTexts.slice(offset, offset + count);
    if (count === before.length && group.every((t, k) => t.toLowerCase() === before[k]!.toLowerCase())) {
      const firstItem = titleItems[offset];
      const lastItem = titleItems[offset + count - 1];
      const start = firstItem ? firstItem.start : titleItems[offset - 1]?.end ?? findElement(xml, 'vt:vector', titles.innerStart)!.innerStart;
      const end = lastItem ? lastItem.end : start;
      const listed = after.map((name) => `<vt:lpstr>${escapeText(name)}</vt:lpstr>`).join('');
      const total = titleItems.length - count + after.length;
      let edited = xml.slice(0, start) + listed + xml.slice(end);
      const countAt = countSpan.innerStart + countMatch.index;
      edited = edited.slice(0, countAt) + `<vt:i4>${after.length}</vt:i4>` + edited.slice(countAt + countMatch[0].length);
      // The titles' vector size comes after the count in the text: fix it last, found afresh.
      const titlesNow = findElement(edited, 'TitlesOfParts')!;
      const vector = findElement(edited, 'vt:vector', titlesNow.innerStart, titlesNow.innerEnd)!;
      const tag = vector.startTag.replace(/size="\d+"/, `size="${total}"`);
      edited = edited.slice(0, vector.start) + tag + edited.slice(vector.start + vector.startTag.length);
      pkg.setText(appPart, edited);
      return;
    }
    offset += count;
  }
}
