import { Title } from '@mantine/core';
import { Children, type ReactNode, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, CellAlignment, Inline } from '../../../../src/render/document-tree.ts';
import { parseMarkdown } from '../../../../src/render/markdown-tree.ts';
import classes from './letters.module.css';

/**
 * A briefing's or letter's Markdown as React elements, through the same parser the exports use:
 * its subset (headings, paragraphs, emphasis, lists, tables, links, footnotes) and nothing else.
 * Raw HTML in the text arrives as text, and links only as http(s) or mailto, so an edited letter
 * can show no markup of its own.
 */
export function MarkdownView({
  markdown,
  headingLevel = 2,
  label,
}: {
  markdown: string;
  /** The heading level a `#` heading gets, so the document fits under the page's own headings. */
  headingLevel?: 2 | 3;
  /** The name of the region holding the document. */
  label: string;
}) {
  const { t } = useTranslation('letters');
  const tree = useMemo(() => parseMarkdown(markdown), [markdown]);
  const prefix = useId();
  const render = new Renderer(prefix, headingLevel);
  return (
    <article className={classes.document} aria-label={label} data-testid="document">
      {render.blocks(tree.blocks)}
      {tree.footnotes.length > 0 ? (
        <section aria-label={t('document.notes')} className={classes.notes}>
          <ol>
            {tree.footnotes.map((note) => (
              <li key={note.number} id={`${prefix}-note-${note.number}`}>
                {render.note(
                  note.blocks,
                  <a
                    href={`#${prefix}-ref-${note.number}-1`}
                    aria-label={t('document.back', { number: note.number })}
                  >
                    ↩
                  </a>,
                )}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}

class Renderer {
  constructor(
    private readonly prefix: string,
    private readonly headingLevel: 2 | 3,
  ) {}

  private count = 0;

  /** A key for each element made in one render: a document's parts have no identity but their place. */
  private key(): string {
    this.count += 1;
    return `n${this.count}`;
  }

  /** Children.toArray keys the nodes by position, which is all a rendered document's parts have. */
  blocks(blocks: readonly Block[]): ReactNode[] {
    return Children.toArray(blocks.map((block) => this.block(block)));
  }

  /** A note's text with the way back to where it is cited, at the end of its last paragraph. */
  note(blocks: readonly Block[], back: ReactNode): ReactNode[] {
    const last = blocks.at(-1);
    if (last?.kind !== 'paragraph') return Children.toArray([...this.blocks(blocks), back]);
    return [
      ...this.blocks(blocks.slice(0, -1)),
      <p key={this.key()}>
        {this.inlines(last.children)} {back}
      </p>,
    ];
  }

  private block(block: Block): ReactNode {
    switch (block.kind) {
      case 'heading': {
        const order = Math.min(this.headingLevel + block.level - 1, 6) as 2 | 3 | 4 | 5 | 6;
        return (
          <Title order={order} size={order <= 2 ? 'h3' : order === 3 ? 'h4' : 'h5'}>
            {this.inlines(block.children)}
          </Title>
        );
      }
      case 'paragraph':
        return <p>{this.inlines(block.children)}</p>;
      case 'list': {
        const items = block.items.map((item) => <li key={this.key()}>{this.blocks(item)}</li>);
        return block.ordered ? (
          <ol start={block.start} className={block.isTight ? classes.tight : undefined}>
            {items}
          </ol>
        ) : (
          <ul className={block.isTight ? classes.tight : undefined}>{items}</ul>
        );
      }
      case 'table':
        return (
          <div className={classes.tableScroll}>
            <table>
              <thead>
                <tr>{this.cells('th', block.header, block.alignments)}</tr>
              </thead>
              <tbody>
                {block.rows.map((row) => (
                  <tr key={this.key()}>{this.cells('td', row, block.alignments)}</tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      case 'blockquote':
        return <blockquote>{this.blocks(block.children)}</blockquote>;
      case 'thematicBreak':
        return <hr />;
    }
  }

  private inlines(inlines: readonly Inline[]): ReactNode[] {
    return Children.toArray(
      inlines.map((inline, i) => this.inline(inline, inlines[i - 1]?.kind === 'footnoteReference')),
    );
  }

  private cells(
    Cell: 'th' | 'td',
    cells: readonly Inline[][],
    alignments: ReadonlyArray<CellAlignment>,
  ): ReactNode[] {
    return cells.map((cell, column) => (
      <Cell key={this.key()} data-align={alignments[column] ?? undefined}>
        {this.inlines(cell)}
      </Cell>
    ));
  }

  /** `afterNote`: notes cited together read as "12,13", not as one number. */
  private inline(inline: Inline, afterNote: boolean): ReactNode {
    switch (inline.kind) {
      case 'text':
        return inline.value;
      case 'strong':
        return <strong>{this.inlines(inline.children)}</strong>;
      case 'emphasis':
        return <em>{this.inlines(inline.children)}</em>;
      case 'link':
        return (
          <a href={inline.url} target="_blank" rel="noopener noreferrer">
            {this.inlines(inline.children)}
          </a>
        );
      case 'lineBreak':
        return <br />;
      case 'footnoteReference':
        return (
          <sup id={`${this.prefix}-ref-${inline.number}-${inline.occurrence}`}>
            {afterNote ? ',' : null}
            <a href={`#${this.prefix}-note-${inline.number}`}>{inline.number}</a>
          </sup>
        );
    }
  }
}
