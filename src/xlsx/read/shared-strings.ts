import { decodeEntities, unescapeXstring, XmlScanner, type XmlHandler } from './xml';

/**
 * A string that does not keep the chunk it was cut from alive. V8 represents a slice of a long
 * string as a view into it: every shared string of a 200,000-row table would hold its 256 KB chunk
 * of XML. Concatenating makes a new string, which the slice then views instead.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * Collects the text of string items (<si> of the shared string table, <is> of an inline string):
 * plain <t>, or the <t> of rich-text runs, but never the phonetic guide (<rPh>), which Excel does
 * not show in the cell (ECMA-376 Part 1, 18.4.6 rPh).
 */
export class StringItemText {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  text(raw: string, cdata: boolean): void {
    if (this.inText) this.parts.push(cdata ? raw : decodeEntities(raw));
  }

  take(): string {
    const text = this.parts.length === 1 ? ownCopy(this.parts[0]!) : this.parts.join('');
    this.parts = [];
    this.inText = false;
    this.phonetic = 0;
    return unescapeXstring(text);
  }
}

/**
 * A plain item, `<si><t>text</t></si>` (or `<t xml:space="preserve">`), as a sticky regular
 * expression matched in native code; group 1 is the text. Nearly every item of a large table is
 * plain, and the scanner's general way costs five calls and as many short-lived strings for each.
 * Other shapes (rich text runs, a phonetic guide, CDATA, an item cut by the end of the buffer) are
 * left to the general way.
 */
const PLAIN_ITEM = /<si><t(?: [\w:]+="[^"<]*")*>([^<]*)<\/t><\/si>/y;

/** The shared string table's scanner; the strings land in `out`, in index order. */
export function sharedStringsScanner(part: string, out: string[]): XmlScanner {
  const item = new StringItemText();
  let inTable = false;
  let inItem = false;
  const handler: XmlHandler = {
    open: (name, _attrs, selfClosing) => {
      if (name === 'si') {
        inItem = true;
        if (selfClosing) inItem = false;
      } else if (inItem) item.open(name);
      else if (name === 'sst') inTable = true;
    },
    close: (name) => {
      if (name === 'si') {
        // A self-closed <si/> is an empty string: it still takes its index.
        out.push(item.take());
        inItem = false;
      } else if (inItem) item.close(name);
      else if (name === 'sst') inTable = false;
    },
    text: (raw, cdata) => {
      if (inItem) item.text(raw, cdata);
    },
    skim: (s, at) => {
      if (!inTable || inItem) return at;
      let i = at;
      for (;;) {
        // Whitespace between items, skipped without a call per item (see SheetHandler.skim).
        let ch = s.charCodeAt(i);
        while (ch === 32 || ch === 10 || ch === 13 || ch === 9) ch = s.charCodeAt(++i);
        PLAIN_ITEM.lastIndex = i;
        const match = PLAIN_ITEM.exec(s);
        if (match === null) return i;
        // Not copied (see ownCopy): the item stays a view into its slice of the part, which the
        // items around it keep alive anyway, since a table refers to nearly every shared string.
        // What a view keeps beyond its text is the markup between items: 2 MB more at 200,000
        // rows (76 -> 78 MB for the grid), for half the time (a copy per item, then copied again
        // by each young-generation collection): 42-52 -> 23-27 ms at 50,000 rows.
        out.push(unescapeXstring(decodeEntities(match[1]!)));
        i = PLAIN_ITEM.lastIndex;
      }
    },
  };
  return new XmlScanner(handler, part);
}
