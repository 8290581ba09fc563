import { Readability } from '@mozilla/readability';
import { decodeText } from './decode-text.ts';
import type { FormatResult, MetadataValue } from './extract-types.ts';
import { type DomDocument, fragmentBody, htmlToText, parseHtmlDocument } from './html-text.ts';

const metaContent = (document: DomDocument, selector: string): string | undefined =>
  document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;

/**
 * The main text of a saved web page (Readability drops menus, footers and ads), its title, byline,
 * site name, language and publication time. A page Readability cannot make an article of (a form, a
 * listing) keeps all of its visible text instead.
 */
export function extractHtml(bytes: Buffer): FormatResult {
  const html = decodeText(bytes, { html: true });
  const document = parseHtmlDocument(html);
  const metadata: Record<string, MetadataValue> = {};
  const language = document.documentElement?.getAttribute('lang')?.trim();
  if (language) metadata.declaredLanguage = language;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (canonical) metadata.url = canonical;
  // Readability rewrites the document it reads, so it gets a second copy. linkedom's document is
  // the DOM Readability walks, but where the DOM's own types are loaded (the browser tests' project
  // compiles this file too) TypeScript wants the browser's Document class itself.
  type ReadabilityInput = ConstructorParameters<typeof Readability>[0];
  const article = new Readability(parseHtmlDocument(html) as unknown as ReadabilityInput).parse();
  const articleBody = article?.content ? fragmentBody(article.content) : null;
  const articleText = articleBody ? htmlToText(articleBody) : '';
  const text = articleText === '' && document.body ? htmlToText(document.body) : articleText;
  const title =
    article?.title?.trim() || document.title.trim() || metaContent(document, 'meta[property="og:title"]');
  if (title) metadata.title = title;
  if (article?.byline?.trim()) metadata.author = article.byline.trim();
  if (article?.siteName?.trim()) metadata.siteName = article.siteName.trim();
  if (article?.publishedTime?.trim()) metadata.publishedOn = article.publishedTime.trim();
  return { pages: [{ number: 1, text, ocr: false }], needsOcr: false, metadata, workingCopy: null };
}
