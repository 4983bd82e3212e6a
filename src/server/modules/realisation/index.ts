export { realisationRoutes } from './realisation.routes';
export { createRealisationService, lockRatedPeriods } from './realisation.service';
export { createEvidenceService } from './evidence.service';
