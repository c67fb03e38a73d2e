import { SaxesParser } from 'saxes';
import { InvalidInputError } from '../../domain/errors';

/** An element of a parsed XML document: its name without prefix, its attributes (names as written), its content in order. */
export interface XmlElement {
  /** Local name (`trans-unit`, `g`): namespace prefixes are dropped, XLIFF and TMX files use them loosely. */
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: Array<XmlElement | string>;
}

/** A strict XML parser that refuses a DOCTYPE declaring entities (no XXE, no billion laughs). */
function safeParser(what: string): SaxesParser<{ position: true }> {
  const parser = new SaxesParser({ position: true });
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/iu.test(doctype)) throw new InvalidInputError(`This ${what} declares entities in its DOCTYPE; they are refused for safety.`);
  });
  return parser;
}

/** Feeds the whole text to the parser; a well-formedness error becomes `InvalidInputError` saying where. */
function parseAll(parser: SaxesParser<{ position: true }>, xml: string, what: string): void {
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(`This ${what} is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Deeper nesting than this is refused: no translation file needs it, and walking it could exhaust the stack. */
const maxDepth = 500;

/**
 * Parses an XML document into elements, strictly (well-formedness errors are refused with where
 * they are) and safely: a DOCTYPE declaring entities is refused (no XXE, no billion laughs), and
 * only XML's five entities and character references are read.
 *
 * @example
 * readXml('<a x="1">b<c/></a>'); // → { name: 'a', attributes: { x: '1' }, children: ['b', { name: 'c', … }] }
 */
export function readXml(xml: string, what: string): XmlElement {
  const parser = safeParser(what);
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    if (stack.length > maxDepth) throw new InvalidInputError(`This ${what} is nested more than ${maxDepth} levels deep.`);
    const element: XmlElement = { name: tag.name.replace(/^[^:]*:/u, ''), attributes: { ...(tag.attributes as Record<string, string>) }, children: [] };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string): void => {
    const parent = stack.at(-1)!;
    const last = parent.children.at(-1);
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parseAll(parser, xml, what);
  const element = root.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!element) throw new InvalidInputError(`This ${what} has no root element.`);
  return element;
}

/** The child elements of an element with this local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** Every descendant element with this local name, in document order (not inside another match). */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (child.name === name) found.push(child);
      else visit(child);
    }
  };
  visit(element);
  return found;
}

/** All the text inside an element. */
export function textContent(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}

/** An attribute by local name, whatever its prefix. */
export function attributeOf(element: XmlElement, name: string): string | undefined {
  if (element.attributes[name] !== undefined) return element.attributes[name];
  const key = Object.keys(element.attributes).find((candidate) => candidate.replace(/^[^:]*:/u, '') === name);
  return key === undefined ? undefined : element.attributes[key];
}

/** Text for XML content: `&`, `<` and `>` escaped (the same as between inline codes). */
export { escapeText as escapeXml } from '../../domain/inline';

/** Text for an XML attribute in double quotes. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"\n\r\t]/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' })[char]!);
}

/** An element with where it is in the text it was read from (UTF-16 offsets). */
export interface LocatedElement {
  /** Qualified name, as written (`w:p`). */
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: Array<LocatedElement | LocatedText>;
  /** Where the start tag begins, where it ends, where the end tag begins, and where the element ends. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
}

export interface LocatedText {
  text: string;
  start: number;
  end: number;
}

export const isLocatedElement = (node: LocatedElement | LocatedText): node is LocatedElement => 'name' in node;

/**
 * Parses XML keeping where every element and text is, so that a format can cut segments out of
 * the file and write everything else back untouched (DOCX parts). Strict and safe like `readXml`.
 */
export function locateXml(xml: string, what: string): LocatedElement {
  const parser = safeParser(what);
  const root: LocatedElement = { name: '#document', attributes: {}, children: [], start: 0, openEnd: 0, closeStart: xml.length, end: xml.length };
  const stack: LocatedElement[] = [root];
  let tagStart = 0;
  let textStart = 0;
  // saxes reports the position after `<name` and one more character.
  parser.on('opentagstart', (tag) => {
    tagStart = parser.position - tag.name.length - 2;
  });
  parser.on('opentag', (tag) => {
    if (stack.length > maxDepth) throw new InvalidInputError(`This ${what} is nested more than ${maxDepth} levels deep.`);
    const element: LocatedElement = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      start: tagStart,
      openEnd: parser.position,
      closeStart: parser.position,
      end: parser.position,
    };
    stack.at(-1)!.children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
    textStart = parser.position;
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) {
      textStart = parser.position;
      return;
    }
    const element = stack.pop()!;
    element.end = parser.position;
    element.closeStart = xml.lastIndexOf('</', parser.position - 1);
    textStart = parser.position;
  });
  parser.on('text', (text) => {
    // Reported when the next `<` is read: the text ends just before it.
    const end = parser.position - 1;
    stack.at(-1)!.children.push({ text, start: textStart, end });
  });
  // A CDATA section is text of its parent (XLIFF files carry some), placed where `<![CDATA[` starts.
  parser.on('cdata', (text) => {
    const start = xml.lastIndexOf('<![CDATA[', parser.position - 1);
    stack.at(-1)!.children.push({ text, start, end: parser.position });
    textStart = parser.position;
  });
  const skip = (): void => {
    textStart = parser.position;
  };
  parser.on('comment', skip);
  parser.on('processinginstruction', skip);
  parser.on('xmldecl', skip);
  parseAll(parser, xml, what);
  return root;
}
