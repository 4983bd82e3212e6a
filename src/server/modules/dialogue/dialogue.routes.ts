import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  coachingFeedbackInput,
  dialogueActionParams,
  dialogueActionUpdate,
  dialogueInput,
  dialoguePage,
  dialogueQuery,
  dialogueView,
} from '../../../shared/schemas/dialogue';
import { idParams } from '../../../shared/schemas/ids';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createDialogueService } from './dialogue.service';

export function dialogueRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const dialogues = createDialogueService(ctx);
  const tags = ['dialog kinerja'];
  const ok = { 200: dialogueView };
  return async (app) => {
    app.get('/api/dialogues', { schema: { tags, summary: 'Daftar dialog kinerja dalam cakupan saya', querystring: dialogueQuery, response: { 200: dialoguePage } } }, (request) =>
      dialogues.list(requireAuth(request), request.query),
    );
    app.post('/api/dialogues', { schema: { tags, summary: 'Catat dialog kinerja dengan pegawai dalam rantai saya', body: dialogueInput, response: ok } }, (request) =>
      dialogues.record(requireAuth(request), auditActorOf(request), request.body),
    );
    app.get('/api/dialogues/:id', { schema: { tags, summary: 'Satu dialog kinerja', params: idParams, response: ok } }, (request) =>
      dialogues.view(requireAuth(request), request.params.id),
    );
    app.patch(
      '/api/dialogues/:id/actions/:actionId',
      { schema: { tags, summary: 'Perbarui status dan tindak lanjut satu kesepakatan', params: dialogueActionParams, body: dialogueActionUpdate, response: ok } },
      (request) => dialogues.updateAction(requireAuth(request), auditActorOf(request), request.params.id, request.params.actionId, request.body),
    );
    app.put(
      '/api/dialogues/:id/coaching-feedback',
      { schema: { tags, summary: 'Umpan balik pelaksanaan bimbingan kinerja (Format B.1.8)', params: idParams, body: coachingFeedbackInput, response: ok } },
      (request) => dialogues.giveCoachingFeedback(requireAuth(request), auditActorOf(request), request.params.id, request.body),
    );
  };
}
