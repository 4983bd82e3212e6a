export { skpRoutes } from './skp.routes';
export { endSkpOnTransfer } from './skp-transfer';
export { loadReadableSkp, type ReadableSkp } from './skp-access';
// The plan in force (the approved revision while a newer one is drafted): what realisation, capaian and the evaluation read.
export { planInForce, plansInForce, type PlanIndicator, type PlanInForce } from './approved-plan';
// The official-document toolkit (fonts, bordered tables that break pages, footer), shared with the
// evaluation document so both print alike.
export { cell, contentBottom, contentWidth, createDocument, FONT_SIZE, HEADER_FILL, MARGIN, textLine, toBuffer, type Cell, type Doc } from './documents/pdf-layout';
export { drawTable, type RowGroup, type TableSpec } from './documents/pdf-table';
export { drawPageMarks } from './documents/pdf-sections';
export { dateInWords, documentNip, orDash, placeOfSigning } from './documents/skp-format';
