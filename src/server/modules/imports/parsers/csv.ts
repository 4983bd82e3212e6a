import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../../../platform/errors';
import { fileError, type SheetRecord } from './sheet';

const NOT_UTF8 = 'Berkas CSV bukan teks UTF-8. Di Excel pilih Simpan Sebagai → "CSV UTF-8 (dibatasi koma)", atau unggah XLSX.';

/** UTF-8 text, with or without BOM (the decoder drops it); anything else is refused, not guessed. */
async function* decodeUtf8(input: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer) => {
    try {
      const text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
      if (text.includes('\u0000')) throw fileError('Berkas ini bukan CSV atau XLSX (berisi data biner).');
      return text;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw fileError(NOT_UTF8);
    }
  };
  for await (const chunk of input) yield decode(chunk);
  yield decode();
}

/** The separator is the one of `;` `,` tab `|` used most in the header line, outside quotes. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best;
}

/**
 * Streams the records of a CSV file. Every record counts as a spreadsheet row (empty lines too),
 * so the row numbers match what Excel shows when the file is opened there.
 */
export async function* readCsvRecords(input: AsyncIterable<Buffer>): AsyncGenerator<SheetRecord> {
  const text = decodeUtf8(input);
  let head = '';
  let next = await text.next();
  while (!next.done && !head.includes('\n')) {
    head += next.value;
    if (!head.includes('\n')) next = await text.next();
  }
  async function* rest() {
    yield head;
    if (next.done) return;
    for (next = await text.next(); !next.done; next = await text.next()) yield next.value;
  }
  const source = Readable.from(rest());
  const parser = parse({ delimiter: detectDelimiter(head.split('\n')[0] ?? ''), relax_column_count: true, skip_empty_lines: false });
  // pipe() does not carry errors downstream: a decoding error must end the parse, not stall it.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line++;
      yield { line, cells: record };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' ? 'tanda kutip (") dibuka tetapi tidak ditutup' : (error as Error).message;
    throw new AppError('VALIDATION_FAILED', [{ path: 'file', row: line + 1, message: `CSV tidak dapat dibaca di sekitar baris ${line + 1}: ${reason}.` }]);
  }
}
