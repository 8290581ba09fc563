import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readFixture } from './golden-files.test-helper.ts';
import { renderDocument } from './render.ts';

const META = { title: 'Coalition letter', language: 'kk', date: '2024-03-12', author: 'Docket' };

async function renderSample(): Promise<Buffer> {
  return renderDocument(readFixture('sample-letter.md'), META, 'docx');
}

async function part(docx: Buffer, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(docx)).file(name);
  if (!file) throw new Error(`${name} missing`);
  return file.async('string');
}

describe('DOCX rendering', () => {
  it('reads back with its headings, table, text and footnotes', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await renderSample() });
    expect(html).toContain('<h1>Coalition letter: release of detained bloggers</h1>');
    expect(html).toContain('<h2>Summary</h2>');
    expect(html).toContain('<h3>Languages</h3>');
    expect(html).toMatch(
      /<table><thead><tr><th><p><strong>Name<\/strong><\/p><\/th>.*<td><p>Блогер А\. \(fictional\)<\/p><\/td>.*<td><p>in custody<\/p><\/td>.*<\/table>/,
    );
    expect(html).toContain('Қазақша: Әділет, ғылым, қоғам, таңба, өмір, ұлт, үкімет, һәм, іс.');
    expect(html).toContain('Oʻzbekcha: oʻzbek, gʻoya, huquq.');
    expect(html).toContain('Office of the Minister of Justice<br />1 Example Square<br />Astana 010000');
    expect(html).toContain('<a href="https://example.org/report?id=1&amp;lang=en">example.org</a>');
    expect(html).toContain(
      '<li id="footnote-1"><p> Demo Partner, <em>Detention monitoring</em>, 2023 (fictional source for this example).',
    );
    expect(html).toContain('<li id="footnote-2"><p> Court records summarised by the Demo Partner; see');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toMatch(
      /<ol><li>Release both bloggers\.<\/li><li>Open an independent investigation:<ul><li>into the closed trials;/,
    );
  });

  it('uses real Word styles, footnotes, numbering and the document language', async () => {
    const docx = await renderSample();
    const styles = await part(docx, 'word/styles.xml');
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('<w:style w:type="paragraph" w:default="1" w:styleId="Normal">');
    expect(styles).toContain('<w:lang w:val="kk"/>');
    const footnotes = await part(docx, 'word/footnotes.xml');
    expect(footnotes).toContain('Detention monitoring');
    expect(footnotes).toContain('<w:footnote w:id="3">');
    const document = await part(docx, 'word/document.xml');
    expect(document).toContain('<w:footnoteReference w:id="1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:numPr>');
    expect(document).toContain('<w:tblHeader/>');
    const core = await part(docx, 'docProps/core.xml');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-12T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain('<dc:title>Coalition letter</dc:title>');
  });

  it('gives the same bytes for the same input', async () => {
    const first = await renderSample();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await renderSample()).equals(first)).toBe(true);
  });

  it('restarts each ordered list at its own start', async () => {
    const docx = await renderDocument('1. a\n2. b\n\nText.\n\n3. c\n4. d\n', META, 'docx');
    const numbering = await part(docx, 'word/numbering.xml');
    expect(numbering).toContain('<w:start w:val="3"/>');
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toBe('<ol><li>a</li><li>b</li></ol><p>Text.</p><ol><li>c</li><li>d</li></ol>');
  });

  it('gives each citation of a note a Word footnote of its own, lists and tables in notes as lines', async () => {
    const markdown =
      'a[^n] b[^n] c[^m]\n\n[^n]: Seen in[^m]:\n\n    - one\n    - two\n\n[^m]: | k | v |\n    |---|---|\n    | x | y |\n';
    const footnotes = await part(await renderDocument(markdown, META, 'docx'), 'word/footnotes.xml');
    expect(footnotes.match(/<w:footnote w:id="\d+">/g)).toEqual([
      '<w:footnote w:id="1">',
      '<w:footnote w:id="2">',
      '<w:footnote w:id="3">',
    ]);
    expect(footnotes.match(/>• </g)).toHaveLength(4);
    expect(footnotes).toContain('k | v');
    expect(footnotes).toContain(
      '<w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">2</w:t>',
    );
  });
});
