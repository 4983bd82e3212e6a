import type { FastifyRequest } from 'fastify';
import { EVIDENCE_MAX_BYTES, evidenceTypes, type EvidenceContentType } from '../../../shared/schemas/execution';
import { receiveUpload } from '../../platform/http/multipart-upload';
import type { FileStorage, StoredFile } from '../../platform/storage/file-storage';

const MAX_MB = EVIDENCE_MAX_BYTES / (1024 * 1024);

export interface ReceivedEvidence {
  title: string | null;
  fileName: string;
  contentType: EvidenceContentType;
  stored: StoredFile;
}

/**
 * Reads the multipart body (an optional `title` field, then the `file`), stores the file, and
 * checks its type by its content (file-type), not its name or the browser's claim. On any
 * refusal nothing stays in storage.
 */
export async function receiveEvidenceFile(request: FastifyRequest, storage: FileStorage): Promise<ReceivedEvidence> {
  const { fields, file } = await receiveUpload(request, storage, {
    fileField: 'file',
    maxBytes: EVIDENCE_MAX_BYTES,
    allowed: evidenceTypes,
    required: true,
    fields: ['title'],
    tooLargeMessage: `Berkas lebih besar dari ${MAX_MB} MB. Perkecil foto atau pisahkan dokumennya.`,
  });
  return { title: fields.title?.trim().slice(0, 200) || null, fileName: file!.fileName, contentType: file!.contentType, stored: file!.stored };
}
