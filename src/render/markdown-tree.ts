import type {
  BlockContent,
  DefinitionContent,
  FootnoteDefinition,
  List,
  Nodes,
  PhrasingContent,
  Root,
  Table,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Block, DocumentTree, Footnote, Inline } from './document-tree.ts';
import { cleanText, safeLinkUrl } from './text-cleaning.ts';

/**
 * Parses GFM (tables, footnotes, autolinks) into the renderers' subset. Raw HTML becomes its own
 * text, so no format ever passes markup through; images, code and strikethrough become their text.
 */
export function parseMarkdown(markdown: string): DocumentTree {
  const root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const conversion = new Conversion(root);
  const blocks = conversion.blocks(root.children);
  return { blocks, footnotes: conversion.footnotes() };
}

type BlockNode = BlockContent | DefinitionContent | Root['children'][number];

class Conversion {
  private readonly footnoteDefinitions = new Map<string, FootnoteDefinition>();
  private readonly linkDefinitions = new Map<string, string>();
  /** Referenced notes in the order readers meet them; their number is their index + 1. */
  private readonly referenced = new Map<string, Footnote>();

  constructor(root: Root) {
    collectDefinitions(root, this.footnoteDefinitions, this.linkDefinitions);
  }

  /** Converts the referenced definitions; a note's own references may add notes, numbered after it. */
  footnotes(): Footnote[] {
    const converted: Footnote[] = [];
    for (const [identifier, footnote] of this.referenced) {
      const definition = this.footnoteDefinitions.get(identifier);
      footnote.blocks = definition ? this.blocks(definition.children) : [];
      converted.push(footnote);
    }
    return converted;
  }

  blocks(nodes: readonly BlockNode[]): Block[] {
    return nodes.flatMap((node) => this.block(node));
  }

  private block(node: BlockNode): Block[] {
    switch (node.type) {
      case 'heading':
        return [
          {
            kind: 'heading',
            level: Math.min(node.depth, 3) as 1 | 2 | 3,
            children: this.inlines(node.children),
          },
        ];
      case 'paragraph': {
        // An image without alt text leaves nothing to show.
        const children = this.inlines(node.children);
        return children.length > 0 ? [{ kind: 'paragraph', children }] : [];
      }
      case 'list':
        return [this.list(node)];
      case 'table':
        return [this.table(node)];
      case 'blockquote':
        return [{ kind: 'blockquote', children: this.blocks(node.children) }];
      case 'thematicBreak':
        return [{ kind: 'thematicBreak' }];
      case 'code':
      case 'html':
        return [{ kind: 'paragraph', children: linesOf(node.value) }];
      case 'definition':
      case 'footnoteDefinition':
        return [];
      default: {
        // Inline content standing where a block belongs (mdast allows it at the root).
        if (!isPhrasing(node)) return [];
        const inlines = this.inlines([node]);
        return inlines.length > 0 ? [{ kind: 'paragraph', children: inlines }] : [];
      }
    }
  }

  private list(node: List): Block {
    const items = node.children.map((item) => {
      const blocks = this.blocks(item.children);
      if (typeof item.checked === 'boolean') prependText(blocks, item.checked ? '[x] ' : '[ ] ');
      return blocks;
    });
    return {
      kind: 'list',
      ordered: node.ordered === true,
      start: node.start ?? 1,
      isTight: node.spread !== true && node.children.every((item) => item.spread !== true),
      items,
    };
  }

  private table(node: Table): Block {
    const [headerRow, ...bodyRows] = node.children;
    const header = (headerRow?.children ?? []).map((cell) => this.inlines(cell.children));
    const rows = bodyRows.map((row) =>
      header.map((_, column) => {
        const cell = row.children[column];
        return cell ? this.inlines(cell.children) : [];
      }),
    );
    const alignments = header.map((_, column) => node.align?.[column] ?? null);
    return { kind: 'table', alignments, header, rows };
  }

  private inlines(nodes: readonly PhrasingContent[]): Inline[] {
    return mergeTexts(nodes.flatMap((node) => this.inline(node)));
  }

  private inline(node: PhrasingContent): Inline[] {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        return [{ kind: 'text', value: cleanText(node.value) }];
      case 'strong':
        return [{ kind: 'strong', children: this.inlines(node.children) }];
      case 'emphasis':
        return [{ kind: 'emphasis', children: this.inlines(node.children) }];
      case 'delete':
        return this.inlines(node.children);
      case 'break':
        return [{ kind: 'lineBreak' }];
      case 'link':
        return this.link(node.url, this.inlines(node.children));
      case 'linkReference': {
        const url = this.linkDefinitions.get(node.identifier);
        const children = this.inlines(node.children);
        return url === undefined ? children : this.link(url, children);
      }
      case 'image':
      case 'imageReference':
        return node.alt ? [{ kind: 'text', value: cleanText(node.alt) }] : [];
      case 'footnoteReference':
        return [this.footnoteReference(node.identifier)];
    }
  }

  private link(url: string, children: Inline[]): Inline[] {
    const safeUrl = safeLinkUrl(url);
    if (safeUrl === null) return children;
    const text: Inline[] = children.length > 0 ? children : [{ kind: 'text', value: cleanText(safeUrl) }];
    return [{ kind: 'link', url: safeUrl, children: text }];
  }

  private footnoteReference(identifier: string): Inline {
    let footnote = this.referenced.get(identifier);
    if (!footnote) {
      footnote = { number: this.referenced.size + 1, referenceCount: 0, blocks: [] };
      this.referenced.set(identifier, footnote);
    }
    footnote.referenceCount += 1;
    return { kind: 'footnoteReference', number: footnote.number, occurrence: footnote.referenceCount };
  }
}

const PHRASING_TYPES: ReadonlySet<string> = new Set<PhrasingContent['type']>([
  'break',
  'delete',
  'emphasis',
  'footnoteReference',
  'html',
  'image',
  'imageReference',
  'inlineCode',
  'link',
  'linkReference',
  'strong',
  'text',
]);

function isPhrasing(node: Nodes): node is PhrasingContent {
  return PHRASING_TYPES.has(node.type);
}

function collectDefinitions(
  node: Nodes,
  footnotes: Map<string, FootnoteDefinition>,
  links: Map<string, string>,
): void {
  // CommonMark: the first definition of a label wins.
  if (node.type === 'footnoteDefinition' && !footnotes.has(node.identifier))
    footnotes.set(node.identifier, node);
  if (node.type === 'definition' && !links.has(node.identifier)) links.set(node.identifier, node.url);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, footnotes, links);
}

/** Literal text that keeps its lines (raw HTML blocks, code), one line break between them. */
function linesOf(value: string): Inline[] {
  return value
    .split(/\r\n|\r|\n/)
    .flatMap((line, index): Inline[] => [
      ...(index > 0 ? [{ kind: 'lineBreak' } as const] : []),
      { kind: 'text', value: cleanText(line) },
    ]);
}

/** Adjacent texts (raw HTML split into tags and content) become one, so output stays compact. */
function mergeTexts(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const previous = merged.at(-1);
    if (inline.kind === 'text' && inline.value === '') continue;
    if (inline.kind === 'text' && previous?.kind === 'text') {
      merged[merged.length - 1] = { kind: 'text', value: previous.value + inline.value };
    } else {
      merged.push(inline);
    }
  }
  return merged;
}

function prependText(blocks: Block[], text: string): void {
  const first = blocks[0];
  if (first?.kind === 'paragraph')
    first.children = mergeTexts([{ kind: 'text', value: text }, ...first.children]);
  else blocks.unshift({ kind: 'paragraph', children: [{ kind: 'text', value: text.trimEnd() }] });
}
