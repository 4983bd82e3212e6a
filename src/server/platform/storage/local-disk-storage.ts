import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileNotFoundError, FileTooLargeError, STORAGE_KEY, type FileStorage, type StoredFile } from './file-storage';

/** Files under `<root>/<yyyy>/<mm>/<uuid>`, written to a temporary name first and renamed when complete. */
export function localDiskStorage(root: string, now: () => Date = () => new Date()): FileStorage {
  const absoluteRoot = path.resolve(root);

  /** Refuses any key that is not one of ours or would resolve outside the root. */
  function pathOf(key: string): string {
    const resolved = path.resolve(absoluteRoot, key);
    if (!STORAGE_KEY.test(key) || !resolved.startsWith(absoluteRoot + path.sep)) throw new FileNotFoundError(`invalid storage key ${JSON.stringify(key)}`);
    return resolved;
  }

  return {
    async put(input: Readable, { maxBytes }): Promise<StoredFile> {
      const date = now();
      const key = `${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
      const target = pathOf(key);
      const partial = `${target}.part`;
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      let size = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > maxBytes) done(new FileTooLargeError(maxBytes));
          else done(null, chunk);
        },
      });
      try {
        await pipeline(input, limit, fs.createWriteStream(partial, { flags: 'wx' }));
        await fs.promises.rename(partial, target);
      } catch (error) {
        await fs.promises.rm(partial, { force: true });
        throw error;
      }
      return { key, size };
    },

    async open(key: string): Promise<Readable> {
      const file = pathOf(key);
      try {
        await fs.promises.access(file, fs.constants.R_OK);
      } catch {
        throw new FileNotFoundError(key);
      }
      return fs.createReadStream(file);
    },

    async head(key: string, bytes: number): Promise<Buffer> {
      const handle = await fs.promises.open(pathOf(key), 'r').catch(() => {
        throw new FileNotFoundError(key);
      });
      try {
        const buffer = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },

    async remove(key: string): Promise<void> {
      await fs.promises.rm(pathOf(key), { force: true });
    },
  };
}
