import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. Keys are made by the storage, never taken from a client, so a file
 * name cannot steer a write. Local disk is the default; an S3-compatible store can implement the
 * same interface later without touching the modules.
 */
export interface FileStorage {
  /** Stores the stream under a new key; past `maxBytes` it fails with `FileTooLargeError` and keeps nothing. */
  put(input: Readable, options: { maxBytes: number }): Promise<StoredFile>;
  /** The stored bytes; throws `FileNotFoundError` for an unknown key. */
  open(key: string): Promise<Readable>;
  /** The first bytes, for content sniffing. */
  head(key: string, bytes: number): Promise<Buffer>;
  /** Removes the file; an unknown key is not an error (removal is idempotent). */
  remove(key: string): Promise<void>;
}

export interface StoredFile {
  key: string;
  size: number;
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
  }
}

export class FileNotFoundError extends Error {}

/** Keys look like `2026/11/0f8e…-uuid`: year/month folders keep directories small. */
export const STORAGE_KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;
