import { PassThrough } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorCodes, type ErrorCode } from '../../../shared/errors';
import { IMPORT_MAX_BYTES, importKinds, importQuery, importResult, templateParams, type ImportFormat, type ImportKind, type ImportProgress, type ImportResult } from '../../../shared/schemas/imports';
import type { AppContext } from '../../platform/app-context';
import { AppError } from '../../platform/errors';
import { requestLanguage } from '../../platform/http/language';
import { auditActorOf, requireAuth } from '../../platform/http/request-actor';
import { importScopeOf } from './imports.policy';
import { importPegawai, importUnits } from './imports.service';
import { buildTemplate, templateFileName } from './templates';
import { receiveUpload } from './upload';

const NDJSON = 'application/x-ndjson';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const run = { units: importUnits, pegawai: importPegawai } as const;

const DESCRIPTION =
  'Multipart dengan satu berkas di field `file` (CSV UTF-8 atau XLSX, maks. 20 MB). Semua-atau-tidak: baris yang salah → 422 RULE_VIOLATION dengan details `{ row, column, reason }`; ' +
  'baris di luar OPD admin → 403 FORBIDDEN_SCOPE. `?dryRun=true` memeriksa tanpa menyimpan. Dengan `Accept: application/x-ndjson` balasan 200 berupa baris JSON ' +
  '`{type:"progress",phase,done,total?}` lalu satu `{type:"result",…}` atau `{type:"error",status,error}`.';

function errorLine(request: FastifyRequest, error: unknown) {
  const known = error instanceof AppError ? error : null;
  if (!known) request.log.error({ err: error }, 'import failed');
  const code: ErrorCode = known?.code ?? 'INTERNAL';
  return { type: 'error', status: errorCodes[code].status, error: { code, message: errorCodes[code][requestLanguage(request)], details: known?.details ?? [], requestId: String(request.id) } };
}

/** Progress lines while the import runs, then its result or error: the upload page's progress bar. */
function streamNdjson(request: FastifyRequest, reply: FastifyReply, work: (onProgress: (p: ImportProgress) => void) => Promise<ImportResult>) {
  const out = new PassThrough();
  const line = (value: object) => out.write(`${JSON.stringify(value)}\n`);
  void work((progress) => line({ type: 'progress', ...progress }))
    .then((result) => line({ type: 'result', ...result }))
    .catch((error: unknown) => line(errorLine(request, error)))
    .finally(() => out.end());
  return reply.header('content-type', `${NDJSON}; charset=utf-8`).header('cache-control', 'no-store').header('x-accel-buffering', 'no').send(out);
}

export function importsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const tags = ['imports'];
  return async (app) => {
    await app.register(fastifyMultipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } });

    for (const kind of importKinds) {
      app.post(
        `/api/imports/${kind}`,
        { schema: { tags, summary: kind === 'units' ? 'Impor unit kerja (CSV/XLSX)' : 'Impor pegawai (CSV/XLSX)', description: DESCRIPTION, consumes: ['multipart/form-data'], querystring: importQuery, response: { 200: importResult } } },
        async (request, reply) => {
          const scope = importScopeOf(requireAuth(request));
          const upload = await receiveUpload(request);
          const work = (onProgress?: (p: ImportProgress) => void) =>
            run[kind](ctx, { scope, actor: auditActorOf(request), input: upload.input, fileName: upload.fileName, dryRun: request.query.dryRun, onProgress }).finally(upload.drain);
          if (!String(request.headers.accept ?? '').includes(NDJSON)) return work();
          return streamNdjson(request, reply, work);
        },
      );
    }

    app.get(
      '/api/imports/templates/:file',
      { schema: { tags, summary: 'Unduh templat impor (units.csv, units.xlsx, pegawai.csv, pegawai.xlsx)', params: templateParams } },
      async (request, reply) => {
        const [kind, format] = request.params.file.split('.') as [ImportKind, ImportFormat];
        const body = await buildTemplate(kind, format);
        return reply
          .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
          .header('content-disposition', `attachment; filename="${templateFileName(kind, format)}"`)
          .send(body);
      },
    );
  };
}
