export { realisationRoutes } from './realisation.routes';
