// Reads the text of a PDF for tests that assert on what a rendered document says.
// pdfjs-dist's legacy build is the one meant for Node (it carries the polyfills Node 20 lacks).
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pageCount: number;
  /** One string per page: text items in reading order, a line break where pdf.js saw one. */
  pages: string[];
  /** All pages joined, with runs of white space collapsed to one space (what assertions want). */
  text: string;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

async function pageText(pdf: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  let out = '';
  for (const item of content.items as TextItemLike[]) {
    if (typeof item.str !== 'string') continue;
    out += item.str;
    out += item.hasEOL ? '\n' : ' ';
  }
  page.cleanup();
  return out;
}

/** Extracts the text of every page of `pdf`. */
export async function extractPdfText(pdf: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) pages.push(await pageText(doc, n));
    return { pageCount: doc.numPages, pages, text: normaliseSpace(pages.join('\n')) };
  } finally {
    await doc.destroy();
  }
}

/** Collapses white space so an assertion does not depend on where a line wrapped. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
