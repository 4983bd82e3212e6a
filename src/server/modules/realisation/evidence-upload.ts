import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromStream } from 'file-type';
import { EVIDENCE_MAX_BYTES, evidenceTypes, type EvidenceContentType } from '../../../shared/schemas/execution';
import { AppError } from '../../platform/errors';
import { FileTooLargeError, type FileStorage, type StoredFile } from '../../platform/storage/file-storage';

const MAX_MB = EVIDENCE_MAX_BYTES / (1024 * 1024);
const allowedNames = Object.values(evidenceTypes).join(', ');

export interface ReceivedEvidence {
  title: string | null;
  fileName: string;
  contentType: EvidenceContentType;
  stored: StoredFile;
}

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', [{ path, message }]);
const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', [{ path: 'file', message: `Berkas lebih besar dari ${MAX_MB} MB. Perkecil foto atau pisahkan dokumennya.` }]);

/** A client's file name is kept only as a label: one that names a folder or climbs out of one is refused. */
export function checkFileName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 200) throw invalid('file', 'Nama berkas kosong atau terlalu panjang (maksimal 200 karakter).');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[/\\\u0000-\u001f]/.test(trimmed) || trimmed.split(/[/\\]/).includes('..') || trimmed === '.' || trimmed.startsWith('..')) {
    throw invalid('file', 'Nama berkas tidak boleh memuat folder, ".." atau karakter kendali; unggah berkasnya saja.');
  }
  return trimmed;
}

/**
 * Reads the multipart body (an optional `title` field, then the `file`), stores the file, and
 * checks its type by its content (file-type), not its name or the browser's claim. On any
 * refusal nothing stays in storage.
 */
export async function receiveEvidenceFile(request: FastifyRequest, storage: FileStorage): Promise<ReceivedEvidence> {
  if (!request.isMultipart()) throw invalid('file', 'Kirim berkas sebagai multipart/form-data dengan field "file".');
  let title: string | null = null;
  let received: { fileName: string; stored: StoredFile } | null = null;
  try {
    for await (const part of request.parts({ preservePath: true, limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 4, parts: 5 } })) {
      if (part.type === 'field') {
        if (part.fieldname === 'title' && typeof part.value === 'string') title = part.value.trim().slice(0, 200) || null;
        continue;
      }
      if (part.fieldname !== 'file' || received) {
        part.file.resume();
        throw invalid('file', `Berkas harus dikirim satu saja, di field "file".`);
      }
      let fileName: string;
      try {
        fileName = checkFileName(part.filename);
      } catch (error) {
        part.file.resume();
        throw error;
      }
      const stored = await storage.put(part.file, { maxBytes: EVIDENCE_MAX_BYTES });
      received = { fileName, stored };
      // busboy stops at the limit and only marks the stream truncated.
      if (part.file.truncated) throw tooLarge();
    }
  } catch (error) {
    if (received) await storage.remove(received.stored.key);
    if (error instanceof FileTooLargeError || (error as { statusCode?: number }).statusCode === 413) throw tooLarge();
    if (error instanceof AppError) throw error;
    throw invalid('file', `Unggahan tidak dapat dibaca: ${(error as Error).message}.`);
  }
  if (!received) throw invalid('file', 'Tidak ada berkas: kirim berkasnya di field "file".');
  const detected = await sniff(storage, received.stored.key);
  const contentType = detected?.mime;
  if (!contentType || !(contentType in evidenceTypes)) {
    await storage.remove(received.stored.key);
    throw new AppError('RULE_VIOLATION', [
      { path: 'file', message: `Jenis berkas tidak diizinkan${detected ? ` (terdeteksi ${detected.ext.toUpperCase()})` : ''}. Unggah salah satu dari: ${allowedNames}.` },
    ]);
  }
  return { title, fileName: received.fileName, contentType: contentType as EvidenceContentType, stored: received.stored };
}

/** The file's type from its first bytes (and, for Office files, the ZIP entries it names). */
async function sniff(storage: FileStorage, key: string) {
  const stream = await storage.open(key);
  try {
    return await fileTypeFromStream(Readable.toWeb(stream) as ReadableStream<Uint8Array>);
  } catch {
    return undefined;
  } finally {
    stream.destroy();
  }
}
