import { renderHtml } from './html.ts';
import { parseMarkdown } from './markdown-tree.ts';
import type { OutputFormat, RenderMeta } from './render-meta.ts';

export type { OutputFormat, RenderMeta } from './render-meta.ts';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['md', 'html', 'docx', 'pdf'];

export const OUTPUT_CONTENT_TYPES: Readonly<Record<OutputFormat, string>> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** File name endings, dot included: `${name}${OUTPUT_EXTENSIONS.pdf}`. */
export const OUTPUT_EXTENSIONS: Readonly<Record<OutputFormat, string>> = {
  md: '.md',
  html: '.html',
  docx: '.docx',
  pdf: '.pdf',
};

/**
 * Renders a briefing or letter written in Markdown. The same input always gives the same bytes,
 * in every format. DOCX and PDF load their libraries on first use, so callers that only ever
 * export Markdown or HTML (and the CLI's start-up) do not pay for them.
 */
export async function renderDocument(
  markdown: string,
  meta: RenderMeta,
  format: OutputFormat,
): Promise<Buffer> {
  switch (format) {
    case 'md':
      return Buffer.from(normaliseTrailingNewline(markdown), 'utf8');
    case 'html':
      return Buffer.from(renderHtml(parseMarkdown(markdown), meta), 'utf8');
    case 'docx': {
      const { renderDocx } = await import('./docx.ts');
      return renderDocx(parseMarkdown(markdown), meta);
    }
    case 'pdf': {
      const { renderPdf } = await import('./pdf.ts');
      return renderPdf(parseMarkdown(markdown), meta);
    }
  }
}

/** Exactly one line end at the end, whatever the editor left there. */
function normaliseTrailingNewline(markdown: string): string {
  return `${markdown.replace(/(?:\r?\n)+$/, '')}\n`;
}
