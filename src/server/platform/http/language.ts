import type { FastifyRequest } from 'fastify';

/** Bahasa Indonesia unless the caller asks for English first. */
export function requestLanguage(request: FastifyRequest): 'id' | 'en' {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'id';
}
