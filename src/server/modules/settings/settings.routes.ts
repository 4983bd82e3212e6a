import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { settingKeyParams, settingsResponse, settingValueRequest } from '../../../shared/schemas/settings';
import type { AppContext } from '../../platform/app-context';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { createSettingsService } from './settings.service';

export function settingsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const settings = createSettingsService(ctx);
  const tags = ['settings'];
  return async (app) => {
    app.get('/api/settings', { schema: { tags, summary: 'Pengaturan instansi', response: { 200: settingsResponse } } }, (request) =>
      settings.getSettings(requireAuth(request)),
    );
    app.put(
      '/api/settings/:key',
      { schema: { tags, summary: 'Ubah satu pengaturan', params: settingKeyParams, body: settingValueRequest, response: { 200: settingsResponse } } },
      (request) => settings.updateSetting(requireAuth(request), auditActorOf(request), request.params.key, request.body.value),
    );
  };
}
