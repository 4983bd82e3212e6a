import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorCodes, type ErrorCode, type ErrorDetail } from '../../../shared/errors';
import { AppError } from '../errors';
import { requestLanguage } from './language';
import { isDatabaseUnavailable } from '../db/connection-errors';

export function sendError(request: FastifyRequest, reply: FastifyReply, code: ErrorCode, details: ErrorDetail[] = []) {
  return reply.status(errorCodes[code].status).send({
    error: { code, message: errorCodes[code][requestLanguage(request)], details, requestId: String(request.id) },
  });
}

function zodDetails(error: FastifyError): ErrorDetail[] {
  const where = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => ({
    path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
    message: v.message ?? 'tidak valid',
  }));
}

/** Maps every failure to the contract's error shape; a bad request never becomes a 500. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(request, reply, error.code, error.details);
    if (hasZodFastifySchemaValidationErrors(error)) return sendError(request, reply, 'VALIDATION_FAILED', zodDetails(error));
    if (error.validation) return sendError(request, reply, 'VALIDATION_FAILED', zodDetails(error));
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(request, reply, 'PAYLOAD_TOO_LARGE');
    if (status === 429) return sendError(request, reply, 'RATE_LIMITED');
    if (status === 404) return sendError(request, reply, 'NOT_FOUND');
    if (status >= 400 && status < 500) {
      return sendError(request, reply, 'VALIDATION_FAILED', [{ message: error.message }]);
    }
    // A row the database itself keeps locked (SQLSTATE 55000, e.g. a finalised evaluation): a conflict, not a crash.
    if (error.code === '55000') return sendError(request, reply, 'CONFLICT', [{ reason: 'Data ini sudah dikunci dan tidak dapat diubah.' }]);
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return sendError(request, reply, 'DB_UNAVAILABLE');
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, 'INTERNAL');
  });
}
