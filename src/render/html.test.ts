import { describe, expect, it } from 'vitest';
import { expectGolden, readFixture } from './golden-files.test-helper.ts';
import { renderDocument } from './render.ts';

const META = {
  title: 'Coalition letter <draft> & "notes"',
  language: 'en',
  date: '2024-03-12',
  author: 'Docket',
};

describe('HTML rendering', () => {
  it('matches the golden file for the sample letter', async () => {
    expectGolden('sample-letter.html', await renderDocument(readFixture('sample-letter.md'), META, 'html'));
  });

  it('writes raw HTML from the Markdown as escaped text, never as markup', async () => {
    const html = (await renderDocument(readFixture('sample-letter.md'), META, 'html')).toString('utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b onclick=&quot;x()&quot;&gt;bold?&lt;/b&gt;');
    expect(html).not.toMatch(/<script|<b |href="javascript/i);
    expect(html).toContain('<title>Coalition letter &lt;draft&gt; &amp; &quot;notes&quot;</title>');
  });

  it('keeps the addressee block’s line breaks', async () => {
    const html = (await renderDocument(readFixture('sample-letter.md'), META, 'html')).toString('utf8');
    expect(html).toContain(
      '<p>Office of the Minister of Justice<br>\n1 Example Square<br>\nAstana 010000</p>',
    );
  });

  it('numbers notes by first reference, with a back-link to every reference', async () => {
    const markdown =
      'B[^b] then A[^a] then B again[^b].\n\n[^a]: Note A.\n[^b]: Note B.\n[^unused]: Never cited.\n';
    const html = (await renderDocument(markdown, { ...META, language: 'ru' }, 'html')).toString('utf8');
    expect(html).toContain('<h2 id="footnotes-heading">Примечания</h2>');
    expect(html).toContain('<li id="fn-1"><p>Note B. <a class="footnote-backref" href="#fnref-1"');
    expect(html).toContain('href="#fnref-1-2"');
    expect(html).toContain('<li id="fn-2"><p>Note A.');
    expect(html).not.toContain('Never cited');
  });

  it('leaves out the notes section when nothing is cited', async () => {
    const html = (await renderDocument('Plain text.', META, 'html')).toString('utf8');
    expect(html).not.toContain('<section');
  });

  it('links only to http, https and mailto addresses', async () => {
    const markdown =
      '[a](https://a.example) [b](mailto:x@example.org) [c](javascript:alert(1)) [d](file:///etc/passwd) [e](data:text/html,x)';
    const html = (await renderDocument(markdown, META, 'html')).toString('utf8');
    expect(html).toContain('<a class="external" href="https://a.example">a</a>');
    expect(html).toContain('<a class="external" href="mailto:x@example.org">b</a>');
    expect(html).toContain(' c d e</p>');
  });
});

describe('Markdown output', () => {
  it('returns the Markdown as given with one trailing newline', async () => {
    expectGolden('sample-letter.out.md', await renderDocument(readFixture('sample-letter.md'), META, 'md'));
    expect((await renderDocument('text\n\n\n', META, 'md')).toString('utf8')).toBe('text\n');
    expect((await renderDocument('text', META, 'md')).toString('utf8')).toBe('text\n');
  });
});
