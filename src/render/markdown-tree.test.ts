import { describe, expect, it } from 'vitest';
import type { Block } from './document-tree.ts';
import { parseMarkdown } from './markdown-tree.ts';

function blocksOf(markdown: string): Block[] {
  return parseMarkdown(markdown).blocks;
}

describe('Markdown subset', () => {
  it('caps heading levels at 3', () => {
    expect(blocksOf('# a\n\n#### d\n\n###### f')).toEqual([
      { kind: 'heading', level: 1, children: [{ kind: 'text', value: 'a' }] },
      { kind: 'heading', level: 3, children: [{ kind: 'text', value: 'd' }] },
      { kind: 'heading', level: 3, children: [{ kind: 'text', value: 'f' }] },
    ]);
  });

  it('turns raw HTML, inline and block, into its own text', () => {
    expect(blocksOf('a <img src=x onerror=alert(1)> b\n\n<div>\n<b>x</b>\n</div>')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', value: 'a <img src=x onerror=alert(1)> b' }] },
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', value: '<div>' },
          { kind: 'lineBreak' },
          { kind: 'text', value: '<b>x</b>' },
          { kind: 'lineBreak' },
          { kind: 'text', value: '</div>' },
        ],
      },
    ]);
  });

  it('degrades images, code and strikethrough to text, and soft line breaks to spaces', () => {
    expect(
      blocksOf(
        '![alt text](https://x.example/i.png) `code` ~~gone~~\nnext\n\n![](x.png)\n\n```\nline 1\nline 2\n```',
      ),
    ).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', value: 'alt text code gone next' }] },
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', value: 'line 1' },
          { kind: 'lineBreak' },
          { kind: 'text', value: 'line 2' },
        ],
      },
    ]);
  });

  it('drops characters XML cannot hold', () => {
    expect(blocksOf('a\u0001b\u000Bc\uFFFEd')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', value: 'abcd' }] },
    ]);
  });

  it('keeps only http, https and mailto links, resolving reference links', () => {
    const [paragraph] = blocksOf(
      '[a][ref] [b](javascript:alert(1)) [c](/relative) <mailto:x@example.org>\n\n[ref]: https://a.example',
    );
    expect(paragraph).toEqual({
      kind: 'paragraph',
      children: [
        { kind: 'link', url: 'https://a.example', children: [{ kind: 'text', value: 'a' }] },
        { kind: 'text', value: ' b c ' },
        {
          kind: 'link',
          url: 'mailto:x@example.org',
          children: [{ kind: 'text', value: 'mailto:x@example.org' }],
        },
      ],
    });
  });

  it('numbers notes by first reference, counts repeats and numbers notes cited inside notes after them', () => {
    const tree = parseMarkdown(
      'x[^b] y[^a] z[^b]\n\n[^a]: A cites[^c].\n[^b]: B.\n[^c]: C.\n[^d]: never cited.\n',
    );
    expect(tree.blocks[0]).toMatchObject({
      children: [
        { kind: 'text', value: 'x' },
        { kind: 'footnoteReference', number: 1, occurrence: 1 },
        { kind: 'text', value: ' y' },
        { kind: 'footnoteReference', number: 2, occurrence: 1 },
        { kind: 'text', value: ' z' },
        { kind: 'footnoteReference', number: 1, occurrence: 2 },
      ],
    });
    expect(tree.footnotes.map((note) => [note.number, note.referenceCount])).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
    ]);
    expect(tree.footnotes[2]?.blocks).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', value: 'C.' }] },
    ]);
  });

  it('leaves a reference to an undefined note as its text', () => {
    expect(blocksOf('see [^missing]')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', value: 'see [^missing]' }] },
    ]);
  });

  it('pads short table rows to the header and keeps column alignment', () => {
    expect(blocksOf('| a | b |\n|:-|-:|\n| 1 |')).toEqual([
      {
        kind: 'table',
        alignments: ['left', 'right'],
        header: [[{ kind: 'text', value: 'a' }], [{ kind: 'text', value: 'b' }]],
        rows: [[[{ kind: 'text', value: '1' }], []]],
      },
    ]);
  });

  it('keeps list start, tightness, nesting and task markers', () => {
    expect(blocksOf('3. one\n4. two\n   - [x] done\n')).toEqual([
      {
        kind: 'list',
        ordered: true,
        start: 3,
        isTight: true,
        items: [
          [{ kind: 'paragraph', children: [{ kind: 'text', value: 'one' }] }],
          [
            { kind: 'paragraph', children: [{ kind: 'text', value: 'two' }] },
            {
              kind: 'list',
              ordered: false,
              start: 1,
              isTight: true,
              items: [[{ kind: 'paragraph', children: [{ kind: 'text', value: '[x] done' }] }]],
            },
          ],
        ],
      },
    ]);
  });
});
