// Types for the two packages the PDF needs that ship none (only what src/poster/pdf.ts calls).
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    assumePt?: boolean;
    fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
    warningCallback?: (message: string) => void;
  }
  function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
  export = SVGtoPDF;
}

declare module 'fontkit' {
  interface FontLike { postscriptName: string; familyName: string }
  export function openSync(path: string): FontLike | { fonts: FontLike[] };
}
