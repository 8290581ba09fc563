import { describe, expect, it } from 'vitest';
import { OUTPUT_CONTENT_TYPES, OUTPUT_EXTENSIONS, OUTPUT_FORMATS, renderDocument } from './render.ts';

const META = { title: 'Empty', language: 'en', date: '2024-03-12' };

describe('renderDocument', () => {
  it('renders an empty document in every format, each with its file signature', async () => {
    const signatures = { md: '\n', html: '<!doctype html>', docx: 'PK', pdf: '%PDF-' };
    for (const format of OUTPUT_FORMATS) {
      const output = await renderDocument('', META, format);
      expect(output.subarray(0, signatures[format].length).toString('latin1'), format).toBe(
        signatures[format],
      );
    }
  });

  it('names a content type and a file ending for every format', () => {
    expect(OUTPUT_CONTENT_TYPES.docx).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(OUTPUT_EXTENSIONS.pdf).toBe('.pdf');
    for (const format of OUTPUT_FORMATS) {
      expect(OUTPUT_CONTENT_TYPES[format]).toBeTruthy();
      expect(OUTPUT_EXTENSIONS[format]).toBe(`.${format}`);
    }
  });

  it('refuses a meta date that is not YYYY-MM-DD', async () => {
    await expect(renderDocument('x', { ...META, date: '12/03/2024' }, 'pdf')).rejects.toThrow(RangeError);
    await expect(renderDocument('x', { ...META, date: '2024-02-30' }, 'docx')).rejects.toThrow(RangeError);
  });
});
