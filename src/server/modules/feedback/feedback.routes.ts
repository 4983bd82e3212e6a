import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { feedbackInput, feedbackPage, feedbackQuery, feedbackRecipients, feedbackView } from '../../../shared/schemas/feedback';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createFeedbackService } from './feedback.service';

export function feedbackRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const feedback = createFeedbackService(ctx);
  const tags = ['umpan balik'];
  return async (app) => {
    app.get('/api/feedback', { schema: { tags, summary: 'Umpan balik yang saya terima (atau bawahan saya terima) / yang saya berikan', querystring: feedbackQuery, response: { 200: feedbackPage } } }, (request) =>
      feedback.list(requireAuth(request), request.query),
    );
    app.post('/api/feedback', { schema: { tags, summary: 'Beri umpan balik berkelanjutan', body: feedbackInput, response: { 200: feedbackView } } }, (request) =>
      feedback.give(requireAuth(request), auditActorOf(request), request.body),
    );
    app.get('/api/feedback/recipients', { schema: { tags, summary: 'Orang yang memiliki hubungan kerja dengan saya', response: { 200: feedbackRecipients } } }, (request) =>
      feedback.recipients(requireAuth(request)),
    );
  };
}
