import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ExtractionError, extractDocument } from './extract.ts';
import { docxWith, garbage, pdfWithPages, rejection, wav } from './fixtures.test-helper.ts';

const OFF = { ocr: false } as const;
const RUSSIAN_PARAGRAPH =
  'Правозащитники потребовали освободить политических заключённых и расследовать сообщения о пытках ' +
  'задержанных во время январских событий.';

describe('DOCX', () => {
  it('gives the text with paragraphs apart, the footnote after them, title and author', async () => {
    const docx = await docxWith(
      [RUSSIAN_PARAGRAPH, 'Қоғам өкілдері әділет министрлігіне өтініш берді.'],
      'Источник: доклад, с. 12.',
    );
    const result = await extractDocument(docx, 'protocol.docx', OFF);
    expect(result.kind).toBe('docx');
    expect(result.pages).toEqual([
      {
        number: 1,
        text: `${RUSSIAN_PARAGRAPH}[1]\n\nҚоғам өкілдері әділет министрлігіне өтініш берді.\n\nИсточник: доклад, с. 12.`,
        ocr: false,
      },
    ]);
    expect(result.metadata).toMatchObject({ title: 'Протокол допроса', author: 'Docket tests' });
    expect(result.language).toBe('ru');
  });

  it('reads a DOCX by its bytes whatever its name', async () => {
    const result = await extractDocument(await docxWith(['Text.'], 'Note.'), 'attachment.bin', OFF);
    expect(result.kind).toBe('docx');
  });

  it('calls a truncated DOCX malformed and another ZIP unsupported', async () => {
    const docx = await docxWith([RUSSIAN_PARAGRAPH], 'Note.');
    const cut = await rejection(extractDocument(docx.subarray(0, docx.length - 100), 'cut.docx', OFF));
    expect(cut.code).toBe('malformed');
    expect(cut.message).toMatch(/truncated/);
    const zip = new JSZip().file('readme.txt', 'hello');
    const archive = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await rejection(extractDocument(archive, 'files.zip', OFF))).code).toBe('unsupported');
  });
});

describe('HTML', () => {
  const page = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Приговор блогеру | Новости</title>
    <meta name="author" content="Айгерим Серикова"></head><body>
    <nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/about">О нас</a></nav>
    <article><h1>Приговор блогеру</h1><p class="byline">Айгерим Серикова</p>
    <p>${RUSSIAN_PARAGRAPH}</p><p>${RUSSIAN_PARAGRAPH.replace('Правозащитники', 'Адвокаты')}</p>
    <p>Суд в Алматы приговорил блогера к пяти годам заключения.<br>Защита обжалует приговор.</p></article>
    <footer>© Новости 2023. Все права защищены.</footer><script>var tracking = 1;</script></body></html>`;

  it('keeps the article and drops navigation, footer and scripts', async () => {
    const result = await extractDocument(Buffer.from(page), 'page.html', OFF);
    expect(result.kind).toBe('html');
    expect(result.mediaType).toBe('text/html');
    const text = result.pages[0]?.text ?? '';
    expect(text).toContain(RUSSIAN_PARAGRAPH);
    expect(text).toContain('заключения.\nЗащита обжалует');
    expect(text).not.toMatch(/Главная|tracking|Все права/);
    expect(result.metadata).toMatchObject({ title: 'Приговор блогеру | Новости', declaredLanguage: 'ru' });
    expect(result.metadata.author).toMatch(/Серикова/);
    expect(result.language).toBe('ru');
  });

  it('decodes a page that declares windows-1251', async () => {
    const html = `<html><head><meta charset="windows-1251"><title>Суд</title></head><body><p>${RUSSIAN_PARAGRAPH}</p></body></html>`;
    const bytes = encode1251(html);
    const result = await extractDocument(bytes, 'old.htm', OFF);
    expect(result.pages[0]?.text).toContain(RUSSIAN_PARAGRAPH);
  });
});

/** Windows-1251 for the Russian alphabet: А–я at 0xC0–0xFF, ё 0xB8, Ё 0xA8. */
function encode1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((character) => {
      const code = character.codePointAt(0) ?? 0;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (code === 0x451) return 0xb8;
      if (code === 0x401) return 0xa8;
      return code;
    }),
  );
}

describe('text and Markdown', () => {
  it('reads UTF-8 with or without a BOM, and UTF-16 with one, with line ends made \\n', async () => {
    const text = 'Показания свидетеля.\r\nWitness statement.\r\nКуәгердің айғағы.';
    const expected = text.replace(/\r\n/g, '\n');
    for (const bytes of [
      Buffer.from(text),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    ]) {
      const result = await extractDocument(bytes, 'statement.txt', OFF);
      expect(result.kind).toBe('text');
      expect(result.mediaType).toBe('text/plain');
      expect(result.pages).toEqual([{ number: 1, text: expected, ocr: false }]);
    }
  });

  it('takes .md as Markdown, with its first heading as title', async () => {
    const markdown = `# Хронология задержания\n\n${RUSSIAN_PARAGRAPH}\n`;
    const result = await extractDocument(Buffer.from(markdown), 'timeline.md', OFF);
    expect(result.kind).toBe('markdown');
    expect(result.mediaType).toBe('text/markdown');
    expect(result.metadata.title).toBe('Хронология задержания');
    expect(result.language).toBe('ru');
  });

  it('refuses text that is not UTF-8 as malformed, and white space alone as empty', async () => {
    const legacy = await rejection(extractDocument(encode1251(RUSSIAN_PARAGRAPH), 'old.txt', OFF));
    expect(legacy.code).toBe('malformed');
    expect(legacy.message).toMatch(/UTF-8/);
    expect((await rejection(extractDocument(Buffer.from(' \n\t\n'), 'blank.txt', OFF))).code).toBe('empty');
  });
});

describe('audio', () => {
  it('reads a WAV: kind audio, duration, no pages', async () => {
    const result = await extractDocument(wav(2.5), 'interview.wav', OFF);
    expect(result.kind).toBe('audio');
    expect(result.mediaType).toBe('audio/wav');
    expect(result.pages).toEqual([]);
    expect(result.needsOcr).toBe(false);
    expect(result.workingCopy).toBeNull();
    expect(result.metadata).toMatchObject({ durationSeconds: 2.5, sampleRate: 8000, channels: 1 });
  });
});

describe('bad input', () => {
  it('gives empty, too-large and unsupported', async () => {
    expect((await rejection(extractDocument(Buffer.alloc(0), 'nothing.pdf', OFF))).code).toBe('empty');
    const big = await rejection(
      extractDocument(Buffer.from('x'.repeat(100)), 'a.txt', { ocr: false, maxBytes: 99 }),
    );
    expect(big.code).toBe('too-large');
    expect((await rejection(extractDocument(garbage(), 'data.bin', OFF))).code).toBe('unsupported');
    const gif = await rejection(
      extractDocument(Buffer.from('GIF89a\x01\0\x01\0\0\0\0;', 'latin1'), 'a.gif', OFF),
    );
    expect(gif.code).toBe('unsupported');
    expect(gif.message).toMatch(/GIF/);
  });

  it('never throws anything but an ExtractionError for a cut or corrupted file', async () => {
    const files: [string, Buffer][] = [
      ['a.pdf', await pdfWithPages(['Текст для проверки.', 'Second page.'])],
      ['a.docx', await docxWith(['Текст.'], 'Note.')],
      ['a.wav', wav(0.2)],
      ['a.html', Buffer.from('<!doctype html><html><body><p>Текст</p></body></html>')],
    ];
    for (const [name, bytes] of files) {
      for (const length of [1, 4, 16, 100, Math.floor(bytes.length / 3), bytes.length - 7]) {
        const cut = bytes.subarray(0, length);
        const flipped = Buffer.from(bytes);
        flipped[Math.floor(length / 2) + 20] = 0xff - (flipped[Math.floor(length / 2) + 20] ?? 0);
        for (const variant of [cut, flipped]) {
          await extractDocument(variant, name, OFF).catch((error: unknown) => {
            expect(error).toBeInstanceOf(ExtractionError);
          });
        }
      }
    }
  });
});
