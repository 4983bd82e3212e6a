import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/schemas/ids';
import { notificationPage, notificationQuery, notificationReadAllResult, notificationView } from '../../../shared/schemas/notifications';
import type { AppContext } from '../../platform/app-context';
import { requireAuth } from '../../platform/http/request-actor';
import { createNotificationsService } from './notifications.service';

export function notificationsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const notifications = createNotificationsService(ctx);
  const tags = ['notifications'];
  return async (app) => {
    app.get('/api/notifications', { schema: { tags, summary: 'Notifikasi saya, terbaru dahulu, dengan jumlah yang belum dibaca', querystring: notificationQuery, response: { 200: notificationPage } } }, (request) =>
      notifications.list(requireAuth(request), request.query),
    );
    app.post('/api/notifications/:id/read', { schema: { tags, summary: 'Tandai satu notifikasi sudah dibaca', params: idParams, response: { 200: notificationView } } }, (request) =>
      notifications.markRead(requireAuth(request), request.params.id),
    );
    app.post('/api/notifications/read-all', { schema: { tags, summary: 'Tandai semua notifikasi saya sudah dibaca', response: { 200: notificationReadAllResult } } }, (request) =>
      notifications.markAllRead(requireAuth(request)),
    );
  };
}
