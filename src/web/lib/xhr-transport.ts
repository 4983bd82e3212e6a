/** What came back from the server, before the API client reads it. */
export interface RawReply {
  status: number;
  contentType: string;
  text: string;
}

export interface TransferProgress {
  loaded: number;
  total: number;
}

export interface XhrRequest {
  url: string;
  headers: Record<string, string>;
  body: FormData;
  /** Bytes of the body sent so far (the file's size stands in when the browser cannot tell the total). */
  onUploadProgress?: ((progress: TransferProgress) => void) | undefined;
  /** The reply so far, as it streams in: for replies written line by line (NDJSON). */
  onReplyProgress?: ((reply: RawReply) => void) | undefined;
  signal?: AbortSignal | undefined;
}

function bodySize(body: FormData): number {
  let size = 0;
  for (const value of body.values()) size += typeof value === 'string' ? value.length : value.size;
  return size;
}

/**
 * POST through XMLHttpRequest, because fetch cannot report upload progress (a photo over a slow
 * mobile connection takes a while). Rejects only when the server cannot be reached (TypeError) or
 * the call is aborted (AbortError); any status is a reply.
 */
export function postWithXhr({ url, headers, body, onUploadProgress, onReplyProgress, signal }: XhrRequest): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const reply = (): RawReply => ({ status: xhr.status, contentType: xhr.getResponseHeader('content-type') ?? '', text: xhr.responseText });
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    if (onUploadProgress) xhr.upload.onprogress = (event) => onUploadProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : bodySize(body) });
    if (onReplyProgress) xhr.onprogress = () => onReplyProgress(reply());
    xhr.onerror = () => reject(new TypeError('Network error'));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    xhr.onload = () => resolve(reply());
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
