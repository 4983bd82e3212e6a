export { periodsRoutes } from './periods.routes';
export { createPeriodsService, listPeriodsOfYear, type PeriodOfYear } from './periods.service';
