import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Mustache from 'mustache';
import { validationError } from '../../core/errors.ts';

/**
 * Letter templates: Markdown files a non-programmer copies and edits, with a short header (title,
 * language) and named data blocks in double braces that Docket fills from the data. Every value
 * put into a template is already Markdown-safe (escaped where it comes from the data), so the
 * template engine escapes nothing more, and a template can never run code: Mustache has no logic
 * beyond repeating and hiding a block.
 */

export const BUILT_IN_TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/letters/', import.meta.url));
export const DEFAULT_TEMPLATE = 'coalition-letter';

export interface LetterTemplate {
  /** The file's name without `.LANG.md`: `coalition-letter`. */
  name: string;
  title: string;
  language: string;
  body: string;
}

const HEADER = /^---\n([\s\S]*?)\n---\n/;
const COMMENTS = /<!--[\s\S]*?-->\n?/g;
const TEMPLATE_NAME = /^[a-z0-9][a-z0-9-]{0,80}$/;

/** Reads a template's text: the header's `key: value` lines, and the body without its comments. */
export function parseTemplate(name: string, text: string): LetterTemplate {
  const normalized = text.replace(/\r\n?/g, '\n');
  const header = HEADER.exec(normalized);
  const fields = new Map<string, string>();
  for (const line of header?.[1]?.split('\n') ?? []) {
    const match = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (match?.[1] && match[2] !== undefined) fields.set(match[1], match[2].trim());
  }
  const body = normalized.slice(header ? header[0].length : 0).replace(COMMENTS, '');
  try {
    // Parsing now reports an unclosed block with the template's name, before any data is read.
    Mustache.parse(body);
  } catch (error) {
    throw validationError([{ path: 'template', message: `${name}: ${(error as Error).message}` }]);
  }
  return { name, title: fields.get('title') ?? name, language: fields.get('language') ?? 'en', body };
}

/** The built-in template of this name in this language. */
export async function builtInTemplate(name: string, language: string): Promise<LetterTemplate> {
  if (!TEMPLATE_NAME.test(name)) {
    throw validationError([
      { path: 'template', message: 'must be a template name such as coalition-letter' },
    ]);
  }
  const file = `${BUILT_IN_TEMPLATES_DIR}${name}.${language}.md`;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    const known = await builtInTemplateNames();
    throw validationError(
      [{ path: 'template', message: `no template "${name}" in ${language}` }],
      `There is no template "${name}" in ${language}. Templates: ${known.join(', ') || 'none'}.`,
    );
  }
  return parseTemplate(name, text);
}

/** `coalition-letter.en`, … : every built-in template and language. */
export async function builtInTemplateNames(): Promise<string[]> {
  const files = await readdir(BUILT_IN_TEMPLATES_DIR).catch(() => []);
  return files
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -'.md'.length))
    .sort();
}

export type TemplateView = Record<string, unknown>;

/** Fills the template; values are inserted as they are (they are Markdown already). */
export function fillTemplate(template: LetterTemplate, view: TemplateView): string {
  return Mustache.render(template.body, view, {}, { escape: (value: string) => value });
}
