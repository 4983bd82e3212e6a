// The printed SKP: what the SKP routes call to hand out the official documents.
export { skpDocumentFileName } from './skp-format';
export { renderSkpPdf } from './skp-pdf';
export { renderSkpXlsx } from './skp-xlsx';
