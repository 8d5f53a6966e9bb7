import { SaxesParser } from 'saxes';

/** A parsed XML element: what a comparison of two parts looks at (text nodes trimmed of layout whitespace). */
export interface XmlNode {
  readonly name: string;
  /** The element's expanded name, {namespace}local: what it means whatever prefix spells it. */
  readonly expanded?: string;
  readonly attrs: Record<string, string>;
  readonly children: XmlNode[];
  text: string;
}

/** Namespace-aware, so a prefix used without a declaration in scope fails the parse. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attrs[name] = attribute.value;
    const node: XmlNode = { name: tag.name, expanded: `{${tag.uri}}${tag.local}`, attrs, children: [], text: '' };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack[stack.length - 1]!.text += text;
  });
  // A CDATA section is text (XML 1.0 §2.7); saxes reports it apart.
  parser.on('cdata', (text) => {
    stack[stack.length - 1]!.text += text;
  });
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(xml).close();
  return root.children[0]!;
}

/**
 * A canonical text for an element: named by its expanded name (a prefix is spelling), attributes
 * sorted, namespace declarations kept, layout whitespace dropped.
 */
export function canonical(node: XmlNode, ignoreAttrs: readonly string[] = []): string {
  const attrs = Object.keys(node.attrs)
    .filter((k) => !ignoreAttrs.includes(k))
    .sort()
    .map((k) => `${k}=${JSON.stringify(node.attrs[k])}`)
    .join(' ');
  const text = node.children.length > 0 ? node.text.trim() : node.text;
  const name = node.expanded ?? node.name;
  return `<${name} ${attrs}>${text}${node.children.map((c) => canonical(c)).join('')}</${name}>`;
}

export function localName(node: XmlNode): string {
  return node.name.replace(/^.*:/, '');
}

export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => localName(c) === name);
}

export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => localName(c) === name);
}
