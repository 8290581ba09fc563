import {
  type Block,
  type CellAlignment,
  type DocumentTree,
  type Footnote,
  type Inline,
  inlineText,
} from './document-tree.ts';
import { HTML_STYLE } from './html-style.ts';
import { labelsFor, type RenderLabels } from './labels.ts';
import type { RenderMeta } from './render-meta.ts';

/**
 * A standalone HTML document: no script, no external resource, every text escaped. The policy
 * meta tag is a second wall: should markup ever slip through, the browser still runs nothing.
 */
export function renderHtml(tree: DocumentTree, meta: RenderMeta): string {
  const labels = labelsFor(meta.language);
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(meta.author ? [`<meta name="author" content="${escapeHtml(meta.author)}">`] : []),
    `<title>${escapeHtml(meta.title)}</title>`,
    `<style>\n${HTML_STYLE}\n</style>`,
  ];
  const body = [
    '<main>',
    ...tree.blocks.map(blockHtml),
    '</main>',
    ...(tree.footnotes.length > 0 ? [footnotesHtml(tree.footnotes, labels)] : []),
  ];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(meta.language)}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${inlinesHtml(block.children)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inlinesHtml(block.children)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map((item) => `<li>${listItemHtml(item, block.isTight)}</li>`);
      return [`<${tag}${start}>`, ...items, `</${tag}>`].join('\n');
    }
    case 'table':
      return tableHtml(block);
    case 'blockquote':
      return ['<blockquote>', ...block.children.map(blockHtml), '</blockquote>'].join('\n');
    case 'thematicBreak':
      return '<hr>';
  }
}

/** A tight list item shows its paragraphs' text without paragraph spacing, as Markdown means it. */
function listItemHtml(blocks: Block[], isTight: boolean): string {
  return blocks
    .map((block) =>
      isTight && block.kind === 'paragraph' ? inlinesHtml(block.children) : `\n${blockHtml(block)}`,
    )
    .join('');
}

function tableHtml(table: Extract<Block, { kind: 'table' }>): string {
  const cell = (tag: 'th' | 'td', content: Inline[], column: number) =>
    `<${tag}${alignmentClass(table.alignments[column] ?? null)}>${inlinesHtml(content)}</${tag}>`;
  const header = table.header.map((content, column) => cell('th', content, column)).join('');
  const rows = table.rows.map(
    (row) => `<tr>${row.map((content, column) => cell('td', content, column)).join('')}</tr>`,
  );
  return ['<table>', `<thead><tr>${header}</tr></thead>`, '<tbody>', ...rows, '</tbody>', '</table>'].join(
    '\n',
  );
}

function alignmentClass(alignment: CellAlignment): string {
  return alignment === 'center' || alignment === 'right' ? ` class="align-${alignment}"` : '';
}

function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines.map(inlineHtml).join('');
}

function inlineHtml(inline: Inline): string {
  switch (inline.kind) {
    case 'text':
      return escapeHtml(inline.value);
    case 'strong':
      return `<strong>${inlinesHtml(inline.children)}</strong>`;
    case 'emphasis':
      return `<em>${inlinesHtml(inline.children)}</em>`;
    case 'link': {
      // Print adds the URL after the text, unless the text already is the URL.
      const text = inlineText(inline.children);
      const showsUrl = text === inline.url || `mailto:${text}` === inline.url;
      const printed = showsUrl ? '' : ' class="external"';
      return `<a${printed} href="${escapeHtml(inline.url)}">${inlinesHtml(inline.children)}</a>`;
    }
    case 'lineBreak':
      return '<br>\n';
    case 'footnoteReference':
      return `<sup><a class="footnote-ref" href="#fn-${inline.number}" id="${referenceId(inline.number, inline.occurrence)}">${inline.number}</a></sup>`;
  }
}

function referenceId(number: number, occurrence: number): string {
  return occurrence === 1 ? `fnref-${number}` : `fnref-${number}-${occurrence}`;
}

/** Notes as a numbered list after the text, each with a way back to every place that cites it. */
function footnotesHtml(footnotes: readonly Footnote[], labels: RenderLabels): string {
  const items = footnotes.map((footnote) => {
    const backLinks = Array.from({ length: footnote.referenceCount }, (_, index) => {
      const label = escapeHtml(labels.backToReference(footnote.number));
      return `<a class="footnote-backref" href="#${referenceId(footnote.number, index + 1)}" aria-label="${label}">↩</a>`;
    }).join('');
    return `<li id="fn-${footnote.number}">${footnoteContentHtml(footnote.blocks, backLinks)}</li>`;
  });
  return [
    '<section class="footnotes" aria-labelledby="footnotes-heading">',
    `<h2 id="footnotes-heading">${escapeHtml(labels.notesHeading)}</h2>`,
    '<ol>',
    ...items,
    '</ol>',
    '</section>',
  ].join('\n');
}

/** The back-links sit at the end of the note's last paragraph, or after its last block. */
function footnoteContentHtml(blocks: readonly Block[], backLinks: string): string {
  const last = blocks.at(-1);
  if (last?.kind !== 'paragraph') return [...blocks.map(blockHtml), backLinks].join('\n');
  const body = blocks.slice(0, -1).map(blockHtml);
  return [...body, `<p>${inlinesHtml(last.children)} ${backLinks}</p>`].join('\n');
}
