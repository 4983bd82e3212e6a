export { importsRoutes } from './imports.routes';
export { findImportInstansi, importPegawai, importUnits, type ImportRequest } from './imports.service';
export { systemImportScope, type ImportScope } from './imports.policy';
export { buildTemplate } from './templates';
