export { feedback360Routes } from './feedback360.routes';
export { aggregate360For } from './feedback360-summary';
