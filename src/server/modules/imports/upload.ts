import { PassThrough } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { IMPORT_MAX_BYTES } from '../../../shared/schemas/imports';
import { AppError } from '../../platform/errors';
import { fileError } from './parsers/sheet';

const MAX_MB = IMPORT_MAX_BYTES / (1024 * 1024);
export const tooLarge = () =>
  new AppError('PAYLOAD_TOO_LARGE', [{ path: 'file', message: `Berkas lebih besar dari ${MAX_MB} MB. Pecah menjadi beberapa berkas (mis. per OPD) atau hapus kolom yang tidak dipakai.` }]);

export interface Upload {
  fileName: string;
  /** The file's bytes as they arrive; fails with 413 the moment the limit is passed. */
  input: PassThrough;
  /** Discards whatever the import did not read, so the request completes. */
  drain(): void;
}

/** The one multipart file field `file`, streamed (never buffered whole), with the size limit. */
export async function receiveUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw fileError('Kirim berkas sebagai multipart/form-data dengan field "file".');
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await request.file({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, parts: 11 } });
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 413) throw tooLarge();
    throw fileError(`Unggahan tidak dapat dibaca: ${(error as Error).message}.`);
  }
  if (!part) throw fileError('Tidak ada berkas: kirim berkasnya di field "file".');
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw fileError(`Berkas harus dikirim di field "file", bukan "${part.fieldname}".`);
  }
  const source = part.file;
  const input = new PassThrough();
  // busboy may pass the limit before these listeners exist (the whole body in one chunk): it then
  // only marks the stream truncated, so the end is checked too.
  source.on('limit', () => input.destroy(tooLarge()));
  source.on('end', () => (source.truncated ? input.destroy(tooLarge()) : input.end()));
  source.on('error', (error) => input.destroy(error));
  input.on('error', () => source.unpipe(input));
  source.pipe(input, { end: false });
  return {
    fileName: part.filename || 'berkas',
    input,
    drain: () => {
      source.unpipe(input);
      source.resume();
    },
  };
}
