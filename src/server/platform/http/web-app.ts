import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-handler';

/**
 * Serves the built SPA from `webDir` with history fallback: any GET outside /api that is not a
 * file answers index.html, so deep links work after a reload. /api paths get the JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string) {
  const hasBuild = fs.existsSync(path.join(webDir, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: false,
      // Vite fingerprints everything under /assets: cache it for good; index.html must be re-read.
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0]!;
    // A missing file (an old build's /assets/x.js) must be a 404, not the page: the browser
    // would otherwise try to run HTML as a script and show a blank screen.
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !pathname.startsWith('/api/') && pathname !== '/api' && !path.extname(pathname);
    if (isPage && hasBuild) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    if (isPage) return reply.status(404).type('text/plain; charset=utf-8').send('Aplikasi web belum dibangun: jalankan `npm run build:web` atau `npm start`.');
    return sendError(request, reply, 'NOT_FOUND', [{ path: request.url, message: 'no such endpoint' }]);
  });
}
