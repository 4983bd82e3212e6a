import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with text fields first, then one file part, as a browser's FormData sends it. */
export function multipart(content: Buffer, fileName: string, field = 'file', contentType = 'application/octet-stream', fields: Record<string, string> = {}) {
  const boundary = `----kinerja${randomBytes(8).toString('hex')}`;
  const texts = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([...texts, head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
