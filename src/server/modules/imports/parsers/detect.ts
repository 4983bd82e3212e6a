import { Readable } from 'node:stream';
import type { ImportFormat } from '../../../../shared/schemas/imports';
import { fileError } from './sheet';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];
const startsWith = (head: Buffer, magic: number[]) => magic.every((byte, i) => head[i] === byte);

/**
 * Decides the format from the first bytes, not the file name: XLSX is a ZIP (`PK\x03\x04`);
 * anything else must be CSV text (checked as UTF-8 by the CSV reader). Returns the whole input
 * again, head included, still streaming.
 */
export async function sniffFormat(input: AsyncIterable<Buffer | string>): Promise<{ format: ImportFormat; stream: Readable }> {
  const iterator = input[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < 8 && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      chunks.push(chunk);
      size += chunk.length;
    }
  }
  const head = Buffer.concat(chunks);
  if (head.length === 0) throw fileError('Berkas kosong.');
  if (startsWith(head, OLE)) throw fileError('Format .xls (Excel 97–2003) tidak didukung. Simpan ulang sebagai .xlsx (Excel Workbook) atau CSV UTF-8.');
  if (startsWith(head, PDF)) throw fileError('Berkas ini PDF. Unggah CSV atau XLSX (unduh templatnya di halaman ini).');
  const format: ImportFormat = startsWith(head, ZIP) ? 'xlsx' : 'csv';
  async function* replay() {
    yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { format, stream: Readable.from(replay(), { objectMode: false }) };
}
