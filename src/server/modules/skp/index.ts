export { skpRoutes } from './skp.routes';
export { endSkpOnTransfer } from './skp-transfer';
export { loadReadableSkp, type ReadableSkp } from './skp-access';
