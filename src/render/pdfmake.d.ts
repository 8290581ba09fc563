/**
 * pdfmake 0.3 ships no type declarations (and @types/pdfmake describes the browser build), so this
 * declares the part of its server API that `pdf.ts` uses: the module's default export is a shared
 * instance.
 */
declare module 'pdfmake' {
  export interface PdfFontFamily {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  export type Alignment = 'left' | 'center' | 'right' | 'justify';
  export type Margins = [number, number, number, number];

  export interface TextStyle {
    font?: string;
    fontSize?: number;
    lineHeight?: number;
    bold?: boolean;
    italics?: boolean;
    color?: string;
    decoration?: 'underline';
    alignment?: Alignment;
    margin?: Margins;
    sup?: boolean;
    fillColor?: string;
  }

  /** A run of inline text; `link` opens a URL, `linkToDestination` jumps to a node's `id`. */
  export interface TextRun extends TextStyle {
    text: string;
    link?: string;
    linkToDestination?: string;
  }

  export interface TextBlock extends TextStyle {
    text: string | TextRun[];
    id?: string;
    style?: string;
    headlineLevel?: number;
  }

  export interface StackBlock extends TextStyle {
    stack: Content[];
    id?: string;
    unbreakable?: boolean;
  }

  export interface ListBlock extends TextStyle {
    ul?: Content[];
    ol?: Content[];
    start?: number;
  }

  export interface TableLayout {
    hLineWidth?: (row: number, node: unknown) => number;
    vLineWidth?: (column: number, node: unknown) => number;
    hLineColor?: (row: number, node: unknown) => string;
    vLineColor?: (column: number, node: unknown) => string;
    paddingLeft?: (column: number, node: unknown) => number;
    paddingRight?: (column: number, node: unknown) => number;
    paddingTop?: (row: number, node: unknown) => number;
    paddingBottom?: (row: number, node: unknown) => number;
  }

  export interface TableBlock extends TextStyle {
    table: {
      headerRows?: number;
      dontBreakRows?: boolean;
      widths: (number | '*' | 'auto')[];
      body: Content[][];
    };
    layout?: TableLayout;
  }

  export interface CanvasBlock extends TextStyle {
    canvas: {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      lineWidth: number;
      lineColor: string;
    }[];
  }

  export type Content = TextBlock | StackBlock | ListBlock | TableBlock | CanvasBlock;

  /** What pdfmake tells `pageBreakBefore` about a node. */
  export interface NodeInfo {
    headlineLevel?: number;
    pageNumbers: number[];
  }

  export interface DocumentDefinition {
    content: Content[];
    info?: { title?: string; author?: string; creator?: string; creationDate?: Date; modDate?: Date };
    language?: string;
    pageSize?: 'A4';
    pageMargins?: Margins;
    defaultStyle?: TextStyle;
    styles?: Record<string, TextStyle>;
    footer?: (currentPage: number, pageCount: number) => Content;
    pageBreakBefore?: (node: NodeInfo, context: { getFollowingNodesOnPage(): NodeInfo[] }) => boolean;
  }

  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }

  export interface PdfMake {
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    setFonts(fonts: Record<string, PdfFontFamily>): void;
    createPdf(definition: DocumentDefinition): OutputDocument;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}
