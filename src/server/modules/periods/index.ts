export { periodsRoutes } from './periods.routes';
