export { skpRoutes } from './skp.routes';
export { endSkpOnTransfer } from './skp-transfer';
