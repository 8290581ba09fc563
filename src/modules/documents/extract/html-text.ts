import { parseHTML } from 'linkedom';

/**
 * The few DOM members this library reads. linkedom's and Readability's declarations name the
 * browser's DOM types, which this Node project does not load (no "dom" lib), so they arrive untyped;
 * these interfaces give them a shape without pulling the browser's globals into the server's types.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly title: string;
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** A whole HTML document, parsed by linkedom (no scripts run, nothing is fetched). */
export function parseHtmlDocument(html: string): DomDocument {
  const window: { document: DomDocument } = parseHTML(html);
  return window.document;
}

/** The body holding an HTML fragment; linkedom needs the full html/body frame to build one. */
export function fragmentBody(fragment: string): DomElement | null {
  return parseHtmlDocument(`<!doctype html><html><head></head><body>${fragment}</body></html>`).body;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that end a line of text when rendered; everything else flows inline. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER ' +
    'FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR UL'
  ).split(' '),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'OBJECT']);

/**
 * Visible text with the line structure a reader sees: blocks on their own lines, <br> as a line
 * break, cells apart, white space folded outside <pre>. (`textContent` runs a heading into the
 * paragraph after it.)
 */
export function htmlToText(root: DomNode): string {
  const parts: string[] = [];
  walk(root, parts, false);
  return parts
    .join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function walk(node: DomNode, parts: string[], preformatted: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const text = node.textContent ?? '';
    parts.push(preformatted ? text : text.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return;
  if (name === 'BR') {
    parts.push('\n');
    return;
  }
  const block = BLOCKS.has(name);
  if (block) parts.push('\n');
  if (name === 'TD' || name === 'TH') parts.push(' ');
  for (const child of Array.from(node.childNodes)) walk(child, parts, preformatted || name === 'PRE');
  if (block) parts.push(name === 'P' || name.startsWith('H') ? '\n\n' : '\n');
}
