import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calibrationQuery,
  calibrationView,
  curveOverview,
  evaluationTargetQuery,
  finaliseInput,
  finaliseResult,
  orgPredikatInput,
  orgPredikatList,
  orgPredikatQuery,
  orgPredikatView,
} from '../../../shared/schemas/evaluation';
import { idParams } from '../../../shared/schemas/ids';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createCalibrationService } from './calibration.service';
import { createCurveOverviewService } from './curve-overview.service';
import { createOrgPredikatService } from './org-predikat.service';

/** Organisation predikat, a penilai's group under the kurva distribusi, finalisation, the city overview. */
export function calibrationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const orgPredikat = createOrgPredikatService(ctx);
  const calibration = createCalibrationService(ctx);
  const overview = createCurveOverviewService(ctx);
  const tags = ['evaluasi'];
  return async (app) => {
    app.get('/api/org-predikat', { schema: { tags, summary: 'Predikat organisasi unit-unit (per periode atau tahunan)', querystring: orgPredikatQuery, response: { 200: orgPredikatList } } }, (request) =>
      orgPredikat.list(requireAuth(request), request.query),
    );
    app.put('/api/units/:id/org-predikat', { schema: { tags, summary: 'Tetapkan predikat organisasi satu unit (pimpinan di atasnya)', params: idParams, body: orgPredikatInput, response: { 200: orgPredikatView } } }, (request) =>
      orgPredikat.set(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
    app.get('/api/calibration', { schema: { tags, summary: 'Kalibrasi: distribusi kelompok penilai terhadap kurva', querystring: calibrationQuery, response: { 200: calibrationView } } }, (request) =>
      calibration.groupView(requireAuth(request), request.query),
    );
    app.post('/api/calibration/finalise', { schema: { tags, summary: 'Finalisasi evaluasi seluruh kelompok penilai', body: finaliseInput, response: { 200: finaliseResult } } }, (request) =>
      calibration.finalise(requireAuth(request), auditActorOf(request), request.body),
    );
    app.get('/api/calibration/overview', { schema: { tags, summary: 'Pemeriksaan kurva setiap kelompok penilai', querystring: evaluationTargetQuery, response: { 200: curveOverview } } }, (request) =>
      overview.overview(requireAuth(request), request.query),
    );
  };
}
