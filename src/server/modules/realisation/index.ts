export { realisationRoutes } from './realisation.routes';
export { createRealisationService } from './realisation.service';
export { lockRatedPeriods } from './realisation.repository';
