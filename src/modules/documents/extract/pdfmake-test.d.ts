/**
 * pdfmake reads more of a document definition than `src/render/pdfmake.d.ts` declares for the
 * renderer. The extraction tests also generate multi-page, encrypted and custom-sized PDFs, so this
 * adds the members they use to that declaration.
 */
import 'pdfmake';

declare module 'pdfmake' {
  interface TextStyle {
    pageBreak?: 'before' | 'after';
  }

  interface DocumentDefinition {
    userPassword?: string;
    ownerPassword?: string;
    permissions?: { printing?: 'highResolution'; copying?: boolean };
  }
}
