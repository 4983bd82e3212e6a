import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromStream } from 'file-type';
import { AppError } from '../errors';
import { FileTooLargeError, type FileStorage, type StoredFile } from '../storage/file-storage';

/**
 * One multipart/form-data upload: text fields and at most one file, the file stored as it streams
 * in and then checked by its content (file-type) — never by its name or the browser's claim. Used
 * by bukti dukung and complaint photos. On any refusal nothing stays in storage.
 */
export interface UploadRules<T extends string> {
  /** The file's field name, e.g. "file" or "photo". */
  fileField: string;
  maxBytes: number;
  /** Content types allowed, with the names people know them by (for the refusal message). */
  allowed: Readonly<Record<T, string>>;
  required: boolean;
  /** Text fields read (others are ignored); their values are kept up to 5,000 characters. */
  fields: readonly string[];
  /** Said when the file is over the limit. */
  tooLargeMessage: string;
}

export interface ReceivedUpload<T extends string> {
  fields: Record<string, string>;
  file: { fileName: string; contentType: T; stored: StoredFile } | null;
}

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', [{ path, message }]);

/** A client's file name is kept only as a label: one that names a folder or climbs out of one is refused. */
export function checkFileName(name: string, path = 'file'): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 200) throw invalid(path, 'Nama berkas kosong atau terlalu panjang (maksimal 200 karakter).');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[/\\\u0000-\u001f]/.test(trimmed) || trimmed.split(/[/\\]/).includes('..') || trimmed === '.' || trimmed.startsWith('..')) {
    throw invalid(path, 'Nama berkas tidak boleh memuat folder, ".." atau karakter kendali; unggah berkasnya saja.');
  }
  return trimmed;
}

export async function receiveUpload<T extends string>(request: FastifyRequest, storage: FileStorage, rules: UploadRules<T>): Promise<ReceivedUpload<T>> {
  const { fileField } = rules;
  const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', [{ path: fileField, message: rules.tooLargeMessage }]);
  if (!request.isMultipart()) throw invalid(fileField, `Kirim berkas sebagai multipart/form-data dengan field "${fileField}".`);
  const fields: Record<string, string> = {};
  let received: { fileName: string; stored: StoredFile } | null = null;
  try {
    const limits = { fileSize: rules.maxBytes, files: 1, fields: rules.fields.length + 4, parts: rules.fields.length + 5 };
    for await (const part of request.parts({ preservePath: true, limits })) {
      if (part.type === 'field') {
        if (rules.fields.includes(part.fieldname) && typeof part.value === 'string') fields[part.fieldname] = part.value.slice(0, 5000);
        continue;
      }
      if (part.fieldname !== fileField || received) {
        part.file.resume();
        throw invalid(fileField, `Berkas harus dikirim satu saja, di field "${fileField}".`);
      }
      let fileName: string;
      try {
        fileName = checkFileName(part.filename, fileField);
      } catch (error) {
        part.file.resume();
        throw error;
      }
      const stored = await storage.put(part.file, { maxBytes: rules.maxBytes });
      received = { fileName, stored };
      // busboy stops at the limit and only marks the stream truncated.
      if (part.file.truncated) throw tooLarge();
    }
  } catch (error) {
    if (received) await storage.remove(received.stored.key);
    if (error instanceof FileTooLargeError || (error as { statusCode?: number }).statusCode === 413) throw tooLarge();
    if (error instanceof AppError) throw error;
    throw invalid(fileField, `Unggahan tidak dapat dibaca: ${(error as Error).message}.`);
  }
  if (!received) {
    if (rules.required) throw invalid(fileField, `Tidak ada berkas: kirim berkasnya di field "${fileField}".`);
    return { fields, file: null };
  }
  const detected = await sniff(storage, received.stored.key);
  const contentType = detected?.mime;
  if (!contentType || !(contentType in rules.allowed)) {
    await storage.remove(received.stored.key);
    throw new AppError('RULE_VIOLATION', [
      {
        path: fileField,
        message: `Jenis berkas tidak diizinkan${detected ? ` (terdeteksi ${detected.ext.toUpperCase()})` : ''}. Unggah salah satu dari: ${Object.values(rules.allowed).join(', ')}.`,
      },
    ]);
  }
  return { fields, file: { fileName: received.fileName, contentType: contentType as T, stored: received.stored } };
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
