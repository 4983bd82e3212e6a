import { errorCodes, type ErrorBody, type ErrorCode } from '../../shared/errors';
import { env } from '../config/env';
import { ApiError } from './api-error';
import { reportServerReachable } from './network-status';
import { postWithXhr, type RawReply, type TransferProgress } from './xhr-transport';

export type { RawReply, TransferProgress } from './xhr-transport';

type Language = 'id' | 'en';
type QueryValue = string | number | boolean | null | undefined;

interface ApiClientHooks {
  getLanguage: () => Language;
  /** A call other than sign-in or /me answered 401: the session is gone. */
  onSessionLost: (code: ErrorCode) => void;
  /** The account holds a temporary password; every call but the change is refused. */
  onPasswordChangeRequired: () => void;
}

let hooks: ApiClientHooks = {
  getLanguage: () => 'id',
  onSessionLost: () => undefined,
  onPasswordChangeRequired: () => undefined,
};

// Kept in memory only: after a reload the app asks GET /api/me for it again.
let csrfToken: string | null = null;

export function configureApiClient(next: Partial<ApiClientHooks>): void {
  hooks = { ...hooks, ...next };
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// These two answer 401 as a normal outcome (wrong password, not signed in yet).
const sessionProbePaths = new Set(['/auth/login', '/me']);

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${env.apiBaseUrl}${path}${search ? `?${search}` : ''}`;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A proxy's HTML page: the status alone says what happened.
    return null;
  }
}

/** The code an error reply without our error body stands for (a proxy's page, a body cut short). */
function fallbackCode(status: number): ErrorCode {
  if (status === 400) return 'VALIDATION_FAILED';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 422) return 'RULE_VIOLATION';
  if (status === 429) return 'RATE_LIMITED';
  return status >= 500 ? 'INTERNAL' : 'NOT_FOUND';
}

/** An error body (a whole reply, or one line of a streamed one) as an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body) && body.error.code in errorCodes) {
    const { code, message, details, requestId } = body.error;
    return new ApiError({ code, status, message, details: details ?? [], requestId });
  }
  const fallback = fallbackCode(status);
  return new ApiError({ code: fallback, status, message: errorCodes[fallback][hooks.getLanguage()] });
}

function networkError(cause: unknown): never {
  if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
  reportServerReachable(false);
  throw new ApiError({ code: 'NETWORK', status: 0, message: 'Network error' });
}

/** Every failed reply, JSON or upload: a lost session or a pending password change reaches the app. */
function failed(path: string, status: number, body: unknown): ApiError {
  const error = toApiError(status, body);
  if (status === 401 && !sessionProbePaths.has(path)) {
    csrfToken = null;
    hooks.onSessionLost(error.code as ErrorCode);
  } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
    hooks.onPasswordChangeRequired();
  }
  return error;
}

function headersFor(method: string, accept: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': hooks.getLanguage() };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers = headersFor(method, 'application/json');
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    networkError(cause);
  }
  reportServerReachable(response.status !== 502 && response.status !== 504);

  if (!response.ok) throw failed(path, response.status, await response.json().catch(() => null));
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export interface FormOptions {
  query?: Record<string, QueryValue>;
  /** What the reply is written in: JSON, or NDJSON for a reply streamed line by line. */
  accept?: string;
  onUploadProgress?: (progress: TransferProgress) => void;
  /** The reply so far, while it streams in. */
  onReplyProgress?: (reply: RawReply) => void;
  signal?: AbortSignal;
}

/**
 * POST multipart/form-data (a file with its fields, in the order the server reads them), with the
 * same headers and the same session and password-change handling as every other call.
 * Resolves with the successful reply as it came.
 */
async function sendForm(path: string, form: FormData, options: FormOptions = {}): Promise<RawReply> {
  let reply: RawReply;
  try {
    reply = await postWithXhr({
      url: buildUrl(path, options.query),
      headers: headersFor('POST', options.accept ?? 'application/json'),
      body: form,
      onUploadProgress: options.onUploadProgress,
      onReplyProgress: options.onReplyProgress,
      signal: options.signal,
    });
  } catch (cause) {
    networkError(cause);
  }
  reportServerReachable(reply.status !== 502 && reply.status !== 504);
  if (reply.status < 200 || reply.status >= 300) throw failed(path, reply.status, parseJson(reply.text));
  return reply;
}

async function postForm<T>(path: string, form: FormData, options?: Omit<FormOptions, 'accept' | 'onReplyProgress'>): Promise<T> {
  const reply = await sendForm(path, form, options);
  if (reply.status === 204) return undefined as T;
  const body = parseJson(reply.text);
  if (body === null) throw toApiError(500, null);
  return body as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  /** multipart/form-data with a JSON reply. */
  postForm,
  /** multipart/form-data whose reply the caller reads itself (a stream of lines). */
  sendForm,
};
