import { describe, expect, it } from 'vitest';
import { detectType, extensionOf } from './detect-type.ts';
import { ExtractionError } from './extract-types.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  );
const padded = (head: Buffer) => Buffer.concat([head, Buffer.alloc(64)]);

function errorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ExtractionError) return error.code;
    throw error;
  }
  return 'none';
}

describe('type detection', () => {
  const cases: [string, Buffer, string, string][] = [
    ['PDF', bytes('%PDF-1.7\n'), 'pdf', 'application/pdf'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'image', 'image/jpeg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image', 'image/png'],
    ['MP3 with ID3', bytes('ID3', [3, 0]), 'audio', 'audio/mpeg'],
    ['MP3 frames', bytes([0xff, 0xfb, 0x90, 0x64]), 'audio', 'audio/mpeg'],
    ['ADTS AAC', bytes([0xff, 0xf1, 0x50, 0x80]), 'audio', 'audio/aac'],
    ['WAV', bytes('RIFF', [0, 0, 0, 0], 'WAVE'), 'audio', 'audio/wav'],
    ['AVI', bytes('RIFF', [0, 0, 0, 0], 'AVI '), 'video', 'video/x-msvideo'],
    ['Ogg', bytes('OggS', [0, 2]), 'audio', 'audio/ogg'],
    ['FLAC', bytes('fLaC'), 'audio', 'audio/flac'],
    ['M4A', bytes([0, 0, 0, 0x20], 'ftypM4A '), 'audio', 'audio/mp4'],
    ['MP4', bytes([0, 0, 0, 0x20], 'ftypisom'), 'video', 'video/mp4'],
    ['QuickTime', bytes([0, 0, 0, 0x14], 'ftypqt  '), 'video', 'video/quicktime'],
    ['3GP', bytes([0, 0, 0, 0x14], 'ftyp3gp4'), 'video', 'video/3gpp'],
    ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'), 'video', 'video/webm'],
    [
      'Matroska',
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska'),
      'video',
      'video/x-matroska',
    ],
    ['AMR', bytes('#!AMR\n'), 'audio', 'audio/amr'],
  ];

  it.each(cases)('reads %s', (_, head, kind, mediaType) => {
    expect(detectType(padded(head), 'upload')).toEqual({ kind, mediaType });
  });

  it('tells HTML, Markdown and text apart, the name deciding only Markdown', () => {
    expect(detectType(Buffer.from('\uFEFF  <!doctype html><p>x'), 'a.txt').kind).toBe('html');
    expect(detectType(Buffer.from('<html lang="kk"><body>x'), 'saved').kind).toBe('html');
    expect(detectType(Buffer.from('<p>fragment</p>'), 'page.htm').kind).toBe('html');
    expect(detectType(Buffer.from('# Title\n\ntext'), 'notes.md').kind).toBe('markdown');
    expect(detectType(Buffer.from('# Title\n\ntext'), 'notes.MARKDOWN').kind).toBe('markdown');
    expect(detectType(Buffer.from('# Title\n\ntext'), 'notes.txt').kind).toBe('text');
    expect(detectType(Buffer.from('MZ is a text that starts like an executable'), 'x').kind).toBe('text');
  });

  it('trusts the bytes over the name: a PNG named .jpg is a PNG', () => {
    expect(detectType(padded(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'photo.jpg')).toEqual({
      kind: 'image',
      mediaType: 'image/png',
    });
  });

  it('names formats it does not extract, and refuses unknown binary', () => {
    expect(errorCode(() => detectType(padded(bytes('GIF89a')), 'a.gif'))).toBe('unsupported');
    expect(errorCode(() => detectType(padded(bytes([0, 0, 0, 0x18], 'ftypheic')), 'a.heic'))).toBe(
      'unsupported',
    );
    expect(
      errorCode(() => detectType(padded(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'a.doc')),
    ).toBe('unsupported');
    expect(errorCode(() => detectType(padded(bytes('PK', [3, 4], 'xl/workbook.xml')), 'a.xlsx'))).toBe(
      'unsupported',
    );
    expect(errorCode(() => detectType(bytes([0, 1, 2, 3, 0, 0, 0, 9]), 'blob'))).toBe('unsupported');
    expect(errorCode(() => detectType(Buffer.from('<?xml version="1.0"?><svg/>'), 'a.svg'))).toBe(
      'unsupported',
    );
  });

  it('recognises a password-protected Office document by its OLE2 wrapper', () => {
    const ole = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0, 0, 0, 0]);
    const wrapped = Buffer.concat([
      padded(ole),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(64),
    ]);
    expect(errorCode(() => detectType(wrapped, 'secret.docx'))).toBe('encrypted');
  });

  it('calls a file malformed when its name promises a format its bytes do not hold', () => {
    expect(errorCode(() => detectType(bytes([0, 1, 2, 3, 0, 0, 0, 9]), 'scan.PDF'))).toBe('malformed');
    expect(errorCode(() => detectType(Buffer.from('plain words'), 'photo.jpeg'))).toBe('malformed');
  });

  it('takes the extension from POSIX and Windows paths', () => {
    expect(extensionOf('C:\\Users\\a\\Report.Final.PDF')).toBe('pdf');
    expect(extensionOf('/tmp/.hidden')).toBe('');
    expect(extensionOf('notes.md')).toBe('md');
  });
});
